import { describe, expect, it } from 'vitest';
import type { CheckCaseKind } from '@shared/check-run';
import { useCores } from '../../support/core-harness';
import { runCheck } from '../../support/check-runs';
import { RECEIVER_SECRET, RECEIVER_SIGNING, useFakeReceivers } from '../../support/fake-receivers';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const fakeReceiver = useFakeReceivers();

const TOKENS = { secretToken: RECEIVER_SECRET, signingToken: RECEIVER_SIGNING };
/** Everything but the 25 MB body, which has a test of its own. */
const KINDS: CheckCaseKind[] = [
  'as-gitlab-sends', 'wrong-token', 'missing-token', 'tampered-body', 'foreign-signature', 'stale-signature', 'resend',
  'new-branch', 'deleted-branch', 'many-commits', 'tag-push', 'unicode', 'unhandled-event',
];
const PUSH_AND_MR = { events: ['push', 'merge_request'], kinds: KINDS };

describe('a check run against receivers written in the tests', () => {
  it('passes every case of a correct receiver, each stored as a check delivery linked to its run', async () => {
    const receiver = await fakeReceiver('correct');
    const { core } = await startCore(tempDir());
    const { run, announced, started } = await runCheck(core, { to: `${receiver.url}/hooks`, ...PUSH_AND_MR, ...TOKENS });
    expect(started.state).toBe('running');
    expect(run.cases.map((c) => `${c.key} ${c.outcome}`)).toEqual([
      'Push Hook/default/as-gitlab-sends passed',
      'Push Hook/new-branch/new-branch passed',
      'Push Hook/delete-branch/deleted-branch passed',
      'Push Hook/many-commits/many-commits passed',
      ...['open', 'update', 'approved', 'merge', 'close'].map((v) => `Merge Request Hook/${v}/as-gitlab-sends passed`),
      'Push Hook/default/wrong-token passed',
      'Push Hook/default/missing-token passed',
      'Push Hook/default/tampered-body passed',
      'Push Hook/default/foreign-signature passed',
      'Push Hook/default/stale-signature passed',
      'Push Hook/default/resend passed',
      'Push Hook/-/unicode passed',
    ]);
    expect(run).toMatchObject({ state: 'finished', planned: 16, passed: 16, failed: 0, summary: '16 of 16 passed', disabling: null, comparison: null });
    const wrong = run.cases.find((c) => c.kind === 'wrong-token');
    expect(wrong?.message).toBe('refused with 401');
    const wrongToken = (await core.handlers.getDelivery(wrong?.deliveryIds[0] ?? 0, true))?.requestHeaders.find(([name]) => name === 'X-Gitlab-Token')?.[1];
    expect(wrongToken).toMatch(/^wrong-[0-9a-f-]{36}$/);
    expect(run.cases.find((c) => c.kind === 'resend')).toMatchObject({ message: 'answered 204 both times', status: 204 });
    // One announcement per case and one at the end.
    expect(announced.map((a) => a.cases.length)).toEqual([...Array.from({ length: 16 }, (_, i) => i + 1), 16]);
    const resend = run.cases.find((c) => c.kind === 'resend');
    expect(resend?.deliveryIds).toHaveLength(2);
    const [first, second] = await Promise.all((resend?.deliveryIds ?? []).map((id) => core.handlers.getDelivery(id, true)));
    const key = (d: typeof first) => d?.requestHeaders.find(([name]) => name === 'Idempotency-Key')?.[1];
    expect(key(first)).toBe(key(second));
    expect(second).toMatchObject({ origin: 'check', sentByCheck: { runId: run.id, caseTitle: "the same delivery twice with the same Idempotency-Key (GitLab's Resend)" } });
    // The tokens went on the wire and are kept nowhere but there: shown masked, absent from the run.
    expect(JSON.stringify(await core.handlers.getDelivery(run.cases[0].deliveryIds[0]))).not.toContain(RECEIVER_SECRET);
    expect(JSON.stringify(await core.handlers.getCheckRun(run.id))).not.toContain(RECEIVER_SECRET);
    const listed = await core.handlers.listDeliveries({ offset: 0, limit: 100, search: 'origin:check' });
    expect(listed.total).toBe(17);
  });

  it('fails each token and signature case of a receiver that accepts everything, and reports the stale signature', async () => {
    const receiver = await fakeReceiver('accepts-everything');
    const { core } = await startCore(tempDir());
    const { run } = await runCheck(core, { to: receiver.url, ...PUSH_AND_MR, ...TOKENS });
    expect(run.summary).toBe(
      '11 of 16 passed; the receiver accepts a wrong X-Gitlab-Token; the receiver accepts a delivery without X-Gitlab-Token; ' +
        'the receiver accepts a tampered body under a valid-looking signature; the receiver accepts a signature from another key; 1 reported',
    );
    expect(run.cases.find((c) => c.kind === 'wrong-token')).toMatchObject({ outcome: 'failed', message: 'the receiver accepts a wrong X-Gitlab-Token (answered 200)', gitlab: 'success' });
    expect(run.cases.find((c) => c.kind === 'stale-signature')).toMatchObject({
      outcome: 'reported',
      message: "the receiver accepts a signature 6 minutes old; GitLab's own window is not documented, so a check file's tolerance decides",
    });
  });

  it('reports rather than fails the token cases when the run has no tokens', async () => {
    const receiver = await fakeReceiver('accepts-everything');
    const { core } = await startCore(tempDir());
    const { run } = await runCheck(core, { to: receiver.url, ...PUSH_AND_MR, secretToken: null, signingToken: null });
    expect(run.summary).toBe('11 of 16 passed; 5 reported');
    expect(run.cases.find((c) => c.kind === 'missing-token')?.message).toBe('answered 200; the run has no secret token, so whether it should refuse this is not known');
    expect(run.cases.find((c) => c.kind === 'foreign-signature')?.message).toBe('answered 200; the run has no signing token, so whether it should refuse this is not known');
  });

  it('names each failed merge request and where GitLab would have disabled the hook, without moving the target’s own count', async () => {
    const receiver = await fakeReceiver('fails-merge-requests');
    const { core } = await startCore(tempDir());
    const { run } = await runCheck(core, { to: `${receiver.url}/hooks`, ...PUSH_AND_MR, ...TOKENS });
    expect(run.summary).toBe(
      '11 of 16 passed; Merge Request Hook `open` answered 500; Merge Request Hook `update` answered 500; Merge Request Hook `approved` answered 500; ' +
        'Merge Request Hook `merge` answered 500; Merge Request Hook `close` answered 500',
    );
    expect(run.cases.find((c) => c.key === 'Merge Request Hook/approved/as-gitlab-sends')).toMatchObject({ outcome: 'failed', status: 500, gitlab: 'failure', message: 'answered 500' });
    expect(run.disabling).toBe(
      'GitLab would have disabled this hook for a while after case 8 (Merge Request Hook `merge` as GitLab sends it): 4 failures in a row; ' +
        'it sends nothing while a hook is disabled, so 4 later deliveries would not have gone out.',
    );
    expect(await core.handlers.getGitlabVerdict(`${receiver.url}/hooks`)).toMatchObject({ state: 'enabled', failures: 0, deliveries: [] });
  });

  it('gives a receiver that hangs GitLab’s limit per case and calls it a timeout', async () => {
    const receiver = await fakeReceiver('hangs-on-pipelines');
    const { core } = await startCore(tempDir());
    const began = Date.now();
    const { run } = await runCheck(core, { to: receiver.url, events: ['pipeline'], kinds: ['as-gitlab-sends'], caseTimeoutMs: 400, ...TOKENS });
    expect(Date.now() - began).toBeLessThan(8000);
    expect(run.cases.map((c) => [c.variant, c.outcome, c.gitlab, c.status])).toEqual(
      ['pending', 'running', 'success', 'failed'].map((variant) => [variant, 'failed', 'timeout', null]),
    );
    expect(run.cases[0].message).toBe('did not answer within 0.4 s: GitLab counts a timeout as a failure');
    expect(run.summary).toBe('0 of 4 passed; Pipeline Hook `pending` did not answer within 0.4 s; Pipeline Hook `running` did not answer within 0.4 s; Pipeline Hook `success` did not answer within 0.4 s; Pipeline Hook `failed` did not answer within 0.4 s');
    expect(run.disabling).toMatch(/^GitLab would have disabled this hook for a while after case 4 \(Pipeline Hook `failed` as GitLab sends it\): 4 failures in a row\.$/);
  });

  it('compares a run with the previous finished one on the same target: what regressed, then what got better', async () => {
    const receiver = await fakeReceiver('correct');
    const { core } = await startCore(tempDir());
    const request = { to: `${receiver.url}/hooks`, events: ['merge_request'], kinds: ['as-gitlab-sends' as const], ...TOKENS };
    const first = (await runCheck(core, request)).run;
    receiver.behaviour = 'fails-merge-requests';
    const second = (await runCheck(core, { ...request, to: `${receiver.url}/hooks?attempt=2` })).run;
    const keys = ['open', 'update', 'approved', 'merge', 'close'].map((v) => `Merge Request Hook/${v}/as-gitlab-sends`);
    expect(second.comparison).toEqual({ previousRunId: first.id, better: [], regressed: keys, summary: `5 regressed since run ${first.id}: ${keys.join(', ')}` });
    receiver.behaviour = 'correct';
    const third = (await runCheck(core, request)).run;
    expect(third.comparison).toMatchObject({ previousRunId: second.id, better: keys, regressed: [], summary: `5 got better since run ${second.id}: ${keys.join(', ')}` });
    expect((await core.handlers.listCheckRuns(`${receiver.url}/hooks`)).map((r) => r.id)).toEqual([third.id, second.id, first.id]);
  });

  it('stops a run after the case in flight when cancelled', async () => {
    const receiver = await fakeReceiver('hangs-on-pipelines');
    const { core } = await startCore(tempDir());
    const started = await core.handlers.startCheckRun({ to: receiver.url, events: ['pipeline'], kinds: ['as-gitlab-sends'], caseTimeoutMs: 1000 });
    const cancelled = await core.handlers.cancelCheckRun(started.id);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.cases.length).toBeLessThan(4);
    expect(cancelled.summary).toMatch(/cancelled after \d cases?$/);
    expect(await core.handlers.getCheckRun(started.id)).toMatchObject({ state: 'cancelled', finishedAt: expect.any(Number) });
  });
});
