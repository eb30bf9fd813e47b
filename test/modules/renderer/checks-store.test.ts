/**
 * The Checks screen's store against a typed fake core: a run started, followed through the core's announcements in
 * whatever order they come, the runs on its target, re-opening and cancelling.
 */
import { describe, expect, it } from 'vitest';
import type { CheckCaseResult, CheckRun, CheckRunRequest, CheckRunSummary } from '@shared/check-run';
import type { ContractEventListener, ContractHandlers, HookbenchBridge } from '@shared/contract';
import { defaultSettings } from '@shared/settings';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { connectToCore } from '../../../src/renderer/src/store/connect-to-core';
import { fakeClient } from '../../support/fake-client';

const TARGET = 'http://127.0.0.1:9000/hook';

function caseResult(index: number, outcome: CheckCaseResult['outcome'] = 'passed'): CheckCaseResult {
  return {
    key: `Push Hook/v${index}/as-gitlab-sends`, event: 'Push Hook', variant: `v${index}`, kind: 'as-gitlab-sends', title: 'as GitLab sends it',
    outcome, status: outcome === 'passed' ? 200 : 500, sentAt: 1_700_000_000_000 + index, durationMs: 3, gitlab: outcome === 'passed' ? 'success' : 'failure',
    deliveryIds: [100 + index], message: `answered ${outcome === 'passed' ? 200 : 500}`, jenkins: null,
  };
}

function run(id: number, done: number, state: CheckRun['state'] = 'running', target = TARGET): CheckRun {
  return {
    id, target, checkFile: null, state, startedAt: 1_700_000_000_000 + id, finishedAt: state === 'running' ? null : 1_700_000_001_000,
    planned: 3, passed: done, failed: 0, reported: 0, internalErrors: 0, summary: `${done} of 3 passed`,
    cases: Array.from({ length: done }, (_, index) => caseResult(index)), disabling: null, comparison: null,
  };
}

/** What listCheckRuns gives: a run without its cases, disabling line and comparison. */
const summaryOf = (full: CheckRun): CheckRunSummary =>
  Object.fromEntries(Object.entries(full).filter(([field]) => !['cases', 'disabling', 'comparison'].includes(field))) as unknown as CheckRunSummary;

/** A core whose stored runs the test sets; it records what the store asked of it. */
function fakeChecksCore(stored: Map<number, CheckRun>, startsAs: CheckRun, alsoAnswers: Partial<ContractHandlers> = {}) {
  const asked: { started: CheckRunRequest[]; listed: Array<string | undefined>; cancelled: number[] } = { started: [], listed: [], cancelled: [] };
  const client = fakeClient({
    ...alsoAnswers,
    startCheckRun: async (request: CheckRunRequest) => (asked.started.push(request), startsAs),
    getCheckRun: async (id: number) => stored.get(id) ?? null,
    listCheckRuns: async (target?: string) => {
      asked.listed.push(target);
      return [...stored.values()].filter((each) => target === undefined || each.target === target).sort((a, b) => b.id - a.id).map(summaryOf);
    },
    cancelCheckRun: async (id: number) => (asked.cancelled.push(id), { ...stored.get(id)!, state: 'cancelled' as const }),
    listCheckFiles: async () => ({ folder: '/samples/checks', entries: [{ file: 'ci.json', name: 'CI', target: 'http://127.0.0.1:7000/', problem: null }] }),
  });
  return { client, asked };
}

/** What connecting a window loads, so the subscription can be tested as the app connects. */
const WINDOW_LOADS: Partial<ContractHandlers> = {
  getReceiverState: async () => ({ status: 'listening', host: '127.0.0.1', port: 8000, url: 'http://127.0.0.1:8000/', exposed: false, message: null }),
  getStorageState: async () => ({ dataDir: '/data', status: 'ok', problem: null }),
  getCounts: async () => ({ total: 0, failures: 0, internalErrors: 0 }),
  getSettings: async () => defaultSettings,
  getSecretsState: async () => ({ storage: 'encrypted', message: null, masked: {} }),
  listDeliveries: async () => ({ rows: [], total: 0 }),
};

describe('a check run in the store', () => {
  it('shows the run it started with the cases done before the answer came, and lists the runs on its target', async () => {
    const stored = new Map([[1, run(1, 3, 'finished')], [2, run(2, 2)]]);
    const { client, asked } = fakeChecksCore(stored, run(2, 0));
    const store = createAppStore(client);
    store.getState().checks.editCheckDraft({ to: ` ${TARGET} `, kinds: ['as-gitlab-sends'], secretToken: 'typed but not chosen' });
    await store.getState().checks.startCheck();

    const checks = store.getState().checks;
    expect(asked.started).toEqual([{ to: TARGET, checkFile: null, kinds: ['as-gitlab-sends'] }]); // the stored tokens: none sent
    expect(checks.shownRun?.cases).toHaveLength(2); // the answer said 0; the core had done 2 by then
    expect(checks.runsOnTarget.map((each) => each.id)).toEqual([2, 1]);
    expect(checks.checkTargets).toEqual([TARGET]);
    expect(checks.checkStarting).toBe(false);
  });

  it('follows announcements in any order: an older copy never takes the place of a newer one, nor a running one of the finished', async () => {
    const stored = new Map([[2, run(2, 0)]]);
    const store = createAppStore(fakeChecksCore(stored, run(2, 0)).client);
    store.getState().checks.editCheckDraft({ to: TARGET });
    await store.getState().checks.startCheck();
    const { handleCheckRunChanged } = store.getState().checks;

    handleCheckRunChanged(run(2, 2));
    handleCheckRunChanged(run(2, 1));
    expect(store.getState().checks.shownRun?.cases).toHaveLength(2);
    handleCheckRunChanged(run(2, 3, 'finished'));
    handleCheckRunChanged(run(2, 2));
    expect(store.getState().checks.shownRun).toMatchObject({ state: 'finished', passed: 3 });
    expect(store.getState().checks.runsOnTarget).toEqual([summaryOf(run(2, 3, 'finished'))]);
  });

  it('lists a run started elsewhere on the shown target at the top, and only offers the target of a run elsewhere', async () => {
    const stored = new Map([[2, run(2, 3, 'finished')]]);
    const store = createAppStore(fakeChecksCore(stored, run(2, 3, 'finished')).client);
    await store.getState().checks.openCheckRun(2);
    store.getState().checks.handleCheckRunChanged(run(3, 0));
    store.getState().checks.handleCheckRunChanged(run(4, 1, 'running', 'http://127.0.0.1:9001/other'));

    const checks = store.getState().checks;
    expect(checks.shownRun?.id).toBe(2);
    expect(checks.runsOnTarget.map((each) => each.id)).toEqual([3, 2]);
    expect(checks.checkTargets).toEqual(['http://127.0.0.1:9001/other', TARGET]);
  });

  it('re-opens an earlier run, and says so in words when it is gone', async () => {
    const stored = new Map([[1, run(1, 1, 'finished')], [2, run(2, 3, 'finished')]]);
    const { client, asked } = fakeChecksCore(stored, run(2, 0));
    const store = createAppStore(client);
    await store.getState().checks.openCheckRun(2);
    await store.getState().checks.openCheckRun(1);
    expect(store.getState().checks.shownRun?.id).toBe(1);
    expect(asked.listed).toEqual([TARGET]); // same target: the list it has is kept

    await store.getState().checks.openCheckRun(9);
    expect(store.getState().checks).toMatchObject({ shownRun: { id: 1 }, checksError: 'Check run 9 is no longer stored: pick another run, or run the check again.' });
  });

  it('cancels the run on screen, takes the case it was on when that is announced after, and does not cancel a run that is over', async () => {
    const stored = new Map([[2, run(2, 1)]]);
    const { client, asked } = fakeChecksCore(stored, run(2, 1));
    const store = createAppStore(client);
    await store.getState().checks.openCheckRun(2);
    await store.getState().checks.cancelCheck();
    expect(store.getState().checks.shownRun?.state).toBe('cancelled');
    store.getState().checks.handleCheckRunChanged(run(2, 2));
    expect(store.getState().checks.shownRun).toMatchObject({ state: 'cancelled', cases: { length: 1 } });
    store.getState().checks.handleCheckRunChanged(run(2, 2, 'cancelled'));
    expect(store.getState().checks.shownRun).toMatchObject({ state: 'cancelled', cases: { length: 2 } });
    await store.getState().checks.cancelCheck();
    expect(asked.cancelled).toEqual([2]);
  });

  it('sends the tokens typed for this run, and an empty one as none', async () => {
    const { client, asked } = fakeChecksCore(new Map([[2, run(2, 0)]]), run(2, 0));
    const store = createAppStore(client);
    store.getState().checks.editCheckDraft({ checkFile: 'ci.json', tokenSource: 'typed', secretToken: 's3cret', events: ['Push Hook'] });
    await store.getState().checks.startCheck();
    expect(asked.started).toEqual([{ to: '', checkFile: 'ci.json', events: ['Push Hook'], secretToken: 's3cret', signingToken: null }]);
  });

  it('offers the check files and the targets of earlier runs', async () => {
    const stored = new Map([[1, run(1, 1, 'finished', 'http://127.0.0.1:9001/a')], [2, run(2, 1, 'finished')], [3, run(3, 1, 'finished', 'http://127.0.0.1:9001/a')]]);
    const store = createAppStore(fakeChecksCore(stored, run(2, 0)).client);
    await store.getState().checks.loadCheckChoices();
    expect(store.getState().checks.checkTargets).toEqual(['http://127.0.0.1:9001/a', TARGET]);
    expect(store.getState().checks.checkFiles?.entries.map((entry) => entry.file)).toEqual(['ci.json']);
  });

  it("takes the core's checkRunChanged from the bridge to the run on screen", async () => {
    const stored = new Map([[2, run(2, 0)]]);
    const { client } = fakeChecksCore(stored, run(2, 0), WINDOW_LOADS);
    const store = createAppStore(client);
    await store.getState().checks.openCheckRun(2);
    let announce: ContractEventListener = () => {};
    const bridge: HookbenchBridge = {
      call: async () => {
        throw new Error('not called: the store has its own client');
      },
      on: (listener) => ((announce = listener), () => {}),
      onConnection: () => () => {},
    };
    const stop = connectToCore(store, bridge);
    announce('checkRunChanged', run(2, 2));
    expect(store.getState().checks.shownRun?.cases).toHaveLength(2);
    stop();
  });
});
