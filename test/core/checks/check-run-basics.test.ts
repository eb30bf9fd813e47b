import { describe, expect, it } from 'vitest';
import type { CheckRun } from '@shared/check-run';
import { bodyBytes, useCores } from '../../support/core-harness';
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
    expect(run.cases.every((c, i) => c.sentAt >= (run.cases[i - 1]?.sentAt ?? started.startedAt) && c.sentAt <= (run.finishedAt ?? 0))).toBe(true);
    const delivery = await core.handlers.getDelivery(run.cases[2].deliveryIds[0]);
    expect(delivery).toMatchObject({ origin: 'check', event: 'Merge Request Hook', status: 200, sentByCheck: { runId: run.id, caseTitle: 'Merge Request Hook `approved` as GitLab sends it' } });
    // GitLab's bytes and headers, as the sender's send-as-GitLab path makes them.
    const sent = await core.handlers.getDelivery(run.cases[0].deliveryIds[0], true);
    expect(sent?.requestHeaders.map(([name]) => name).slice(0, 8)).toEqual([
      'Content-Type', 'User-Agent', 'Idempotency-Key', 'X-Gitlab-Event', 'X-Gitlab-Webhook-UUID', 'X-Gitlab-Instance', 'X-Gitlab-Event-UUID', 'webhook-id',
    ]);
    const body = (await bodyBytes(core, run.cases[0].deliveryIds[0], 'request', true)).toString('utf8');
    expect(body).toBe(JSON.stringify(JSON.parse(body)));
    expect(await core.handlers.getCheckRun(run.id)).toEqual(run);
    expect((await core.handlers.listCheckRuns())[0]).toMatchObject({ id: run.id, passed: 5, state: 'finished' });
  });

  it('calls a receiver that cannot be reached an internal error, as Recent events does, and goes on to the next case', async () => {
    const closed = await fakeServer(() => ({ status: 200 }));
    const url = closed.url;
    await closed.close();
    const { core } = await startCore(tempDir());
    const started = await core.handlers.startCheckRun({ to: url, events: ['push'], kinds: ['as-gitlab-sends', 'resend'] });
    const run = await ended(core, started.id);
    expect(run.cases.map((c) => [c.key, c.outcome, c.gitlab, c.status])).toEqual([
      ['Push Hook/default/as-gitlab-sends', 'internal-error', 'failure', null],
      ['Push Hook/default/resend', 'internal-error', 'failure', null],
    ]);
    expect(run.cases[0].message).toMatch(/^internal error: .*refused/i);
    expect(run).toMatchObject({ internalErrors: 2, passed: 0 });
    expect((await core.handlers.getDelivery(run.cases[0].deliveryIds[0]))?.errorKind).toBe('refused');
  });

  it('refuses a case time limit beyond GitLab’s 10 s, and an unknown run', async () => {
    const { core } = await startCore(tempDir());
    await expect(core.handlers.startCheckRun({ to: 'http://127.0.0.1:9/', caseTimeoutMs: 30_000 })).rejects.toThrow(
      "A case's time limit must be from 100 ms to GitLab's 10000 ms, not 30000.",
    );
    expect(await core.handlers.getCheckRun(99)).toBeNull();
    await expect(core.handlers.cancelCheckRun(99)).rejects.toThrow('There is no check run 99.');
  });

  it('uses the secret store’s receiver tokens when the run gives none, and none when it gives null', async () => {
    const receiver = await fakeServer((request) => ({ status: request.headers['x-gitlab-token'] === 'stored-secret' ? 200 : 401 }));
    const { core } = await startCore(tempDir());
    await core.handlers.setSecret('receiver.secretToken', 'stored-secret');
    const stored = await ended(core, (await core.handlers.startCheckRun({ to: receiver.url, events: ['push'], kinds: ['as-gitlab-sends', 'wrong-token'] })).id);
    expect(stored.cases.map((c) => `${c.kind} ${c.outcome}: ${c.message}`)).toEqual(['as-gitlab-sends passed: answered 200', 'wrong-token passed: refused with 401']);
    const without = await ended(core, (await core.handlers.startCheckRun({ to: receiver.url, events: ['push'], kinds: ['wrong-token'], secretToken: null })).id);
    expect(without.cases[0].outcome).toBe('reported');
  });

  it('sends user:pass@ of the URL as Basic auth, as GitLab does, and keeps neither it nor the query in the run', async () => {
    const authorizations: unknown[] = [];
    const receiver = await fakeServer((request) => {
      authorizations.push(request.headers.authorization);
      return { status: 200 };
    });
    const { core } = await startCore(tempDir());
    const to = receiver.url.replace('http://', 'http://ci:hunter2@') + '/hooks?token=tok-zq9x';
    const run = await ended(core, (await core.handlers.startCheckRun({ to, events: ['push'], kinds: ['as-gitlab-sends'] })).id);
    expect(authorizations).toEqual([`Basic ${Buffer.from('ci:hunter2').toString('base64')}`]);
    expect(run.target).toBe(`${receiver.url}/hooks`);
    expect(JSON.stringify(await core.handlers.getCheckRun(run.id))).not.toMatch(/hunter2|tok-zq9x/);
  });
});
