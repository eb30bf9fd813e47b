import { describe, expect, it } from 'vitest';
import type { CheckRun } from '@shared/check-run';
import { useCores } from '../../support/core-harness';
import { useFakeServers } from '../../support/fake-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const fakeServer = useFakeServers();

/** Resolves with the run once checkRunChanged says it ended. */
function ended(core: Awaited<ReturnType<typeof startCore>>['core'], id: number): Promise<CheckRun> {
  return new Promise((resolve) => {
    const stop = core.subscribe((name, payload) => {
      if (name === 'checkRunChanged' && (payload as CheckRun).id === id && (payload as CheckRun).state !== 'running') {
        stop();
        resolve(payload as CheckRun);
      }
    });
  });
}

describe('a check run of the plain cases', () => {
  it('answers at once with a running run, sends every variant of the chosen events as GitLab does, and stores each as a check delivery', async () => {
    const receiver = await fakeServer(() => ({ status: 200 }));
    const { core } = await startCore(tempDir());
    const started = await core.handlers.startCheckRun({ to: `${receiver.url}/hooks?x=1`, events: ['merge_request'], kinds: ['as-gitlab-sends'] });
    expect(started).toMatchObject({ state: 'running', target: `${receiver.url}/hooks`, planned: 5, cases: [] });
    const run = await ended(core, started.id);
    expect(run.state).toBe('finished');
    expect(run.cases.map((c) => c.key)).toEqual(
      ['open', 'update', 'approved', 'merge', 'close'].map((variant) => `Merge Request Hook/${variant}/as-gitlab-sends`),
    );
    expect(run.cases.every((c) => c.outcome === 'passed' && c.gitlab === 'success' && c.status === 200)).toBe(true);
    expect(run.summary).toBe('5 of 5 passed');
    const delivery = await core.handlers.getDelivery(run.cases[2].deliveryIds[0]);
    expect(delivery).toMatchObject({ origin: 'check', event: 'Merge Request Hook', status: 200, sentByCheck: { runId: run.id, caseTitle: 'Merge Request Hook `approved` as GitLab sends it' } });
    expect(await core.handlers.getCheckRun(run.id)).toEqual(run);
    expect((await core.handlers.listCheckRuns())[0]).toMatchObject({ id: run.id, passed: 5, state: 'finished' });
  });
});
