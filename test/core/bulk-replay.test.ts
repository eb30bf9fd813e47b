import { describe, expect, it } from 'vitest';
import type { BulkReplayJob } from '@shared/contract';
import type { AppCore } from '../../src/main/core/app-core';
import { useCores } from '../support/core-harness';
import { useFakeServers, type FakeAnswer } from '../support/fake-server';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const startServer = useFakeServers();

async function capture(port: number, count: number, pathOf: (n: number) => string): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    const answer = await fetch(`http://127.0.0.1:${port}${pathOf(n)}`, { method: 'POST', body: `{"object_kind":"push","n":${n}}` });
    await answer.arrayBuffer();
  }
}

/** The job's announcements until it ends, and the ended job. */
function jobEnd(core: AppCore): { seen: BulkReplayJob[]; ended: Promise<BulkReplayJob> } {
  const seen: BulkReplayJob[] = [];
  const ended = new Promise<BulkReplayJob>((resolve) => {
    const stop = core.subscribe((name, payload) => {
      if (name !== 'bulkReplayChanged') return;
      const job = payload as BulkReplayJob;
      seen.push(job);
      if (job.state === 'finished' || job.state === 'cancelled') {
        stop();
        resolve(job);
      }
    });
  });
  return { seen, ended };
}

/** A receiver that counts how many requests it holds at once; each waits `holdMs` before its answer. */
async function countingReceiver(holdMs: number, answerFor: (url: string) => FakeAnswer) {
  const state = { inFlight: 0, most: 0, paths: [] as string[] };
  const server = await startServer(async ({ url }) => {
    state.inFlight += 1;
    state.most = Math.max(state.most, state.inFlight);
    state.paths.push(url);
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    state.inFlight -= 1;
    return answerFor(url);
  });
  return { ...state, server, get: () => state };
}

describe('bulk replay', () => {
  it('replays 50 captured deliveries to a local receiver, 4 at a time, and counts green and red', async () => {
    const dataDir = tempDir();
    const { core, port } = await startCore(dataDir);
    // Another process on the folder (a `serve` beside the app) sees what the job stored.
    const other = await startCore(dataDir);
    await capture(port, 50, (n) => (n % 10 === 3 ? `/hooks/bad/${n}` : `/hooks/ok/${n}`));
    const receiver = await countingReceiver(20, (url) => ({ status: url.includes('/bad/') ? 500 : 200 }));
    const ids = await core.handlers.resolveSelection({ search: '/hooks/' });
    expect(ids).toHaveLength(50);

    const { seen, ended } = jobEnd(core);
    const started = await core.handlers.startBulkReplay({ selection: { search: '/hooks/' }, to: receiver.server.url });
    expect(started).toMatchObject({ state: 'running', total: 50, succeeded: 0, failed: 0 });
    const job = await ended;

    expect(job).toMatchObject({ state: 'finished', total: 50, succeeded: 45, failed: 5 });
    expect(receiver.get().paths).toHaveLength(50);
    expect(receiver.get().most).toBe(4);
    // Oldest first, as they arrived; every failure names its delivery and the stored replay that answered 500.
    expect(receiver.get().paths.slice(0, 4).sort()).toEqual(['/hooks/ok/0', '/hooks/ok/1', '/hooks/ok/2', '/hooks/bad/3'].sort());
    expect(job.failures.map((failure) => failure.reason)).toEqual(Array(5).fill('answered 500'));
    for (const failure of job.failures) {
      const replay = await core.handlers.getDelivery(failure.replayId ?? 0);
      expect(replay).toMatchObject({ origin: 'replay', parentId: failure.id, status: 500 });
      expect(replay?.url).toContain('/hooks/bad/');
    }
    expect((await core.handlers.listDeliveries({ offset: 0, limit: 1, search: 'origin:replay' })).total).toBe(50);
    await expect.poll(async () => (await other.core.handlers.listDeliveries({ offset: 0, limit: 1, search: 'origin:replay' })).total).toBe(50);
    // Announced as it went, not once per replay.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.length).toBeLessThan(50);
    expect(await core.handlers.listBulkReplays()).toEqual([job]);
  });

  it('stops starting sends when cancelled midway; those in flight finish and are counted', async () => {
    const { core, port } = await startCore(tempDir());
    await capture(port, 50, (n) => `/hooks/${n}`);
    const receiver = await countingReceiver(40, () => ({ status: 200 }));
    const { ended } = jobEnd(core);
    const started = await core.handlers.startBulkReplay({ selection: { search: '' }, to: receiver.server.url, concurrency: 3 });
    while (receiver.get().paths.length < 10) await new Promise((resolve) => setTimeout(resolve, 5));
    const arrivedAtCancel = receiver.get().paths.length;
    expect((await core.handlers.cancelBulkReplay(started.jobId)).state).toBe('cancelling');
    const job = await ended;
    const sent = receiver.get().paths.length;

    expect(job.state).toBe('cancelled');
    // At most the three in flight when cancelled arrive after it; nothing new starts.
    expect(sent).toBeLessThanOrEqual(arrivedAtCancel + 3);
    expect(sent).toBeLessThan(50);
    expect(job.succeeded + job.failed).toBe(sent);
    expect(job.failed).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.get().paths).toHaveLength(sent);
    expect((await core.handlers.listDeliveries({ offset: 0, limit: 1, search: 'origin:replay' })).total).toBe(sent);
  });

  it('lists a delivery that cannot be replayed as a failure with the reason, and refuses what it cannot start in words', async () => {
    const { core, port } = await startCore(tempDir());
    await capture(port, 2, (n) => `/hooks/${n}`);
    const receiver = await countingReceiver(0, () => ({ status: 204 }));
    const [newer, older] = await core.handlers.resolveSelection({ search: '' });
    await core.handlers.deleteDeliveries([newer]);

    const { ended } = jobEnd(core);
    await core.handlers.startBulkReplay({ selection: { ids: [older, newer] }, to: receiver.server.url, concurrency: 1 });
    const job = await ended;
    expect(job).toMatchObject({ succeeded: 1, failed: 1, failures: [{ id: newer, replayId: null }] });
    expect(job.failures[0].reason).toContain(`There is no delivery #${newer}`);

    await expect(core.handlers.startBulkReplay({ selection: { ids: [older] }, to: ' ' })).rejects.toThrow('Say where to replay the selection to');
    await expect(core.handlers.startBulkReplay({ selection: { ids: [older] }, to: receiver.server.url, concurrency: 0 })).rejects.toThrow(
      'Concurrency must be a whole number from 1 to 32',
    );
    await expect(core.handlers.startBulkReplay({ selection: { search: 'nothing-matches-this' }, to: receiver.server.url })).rejects.toThrow(
      'Nothing to replay',
    );
    const tooMany = Array.from({ length: 10_001 }, (_, index) => index + 1);
    await expect(core.handlers.resolveSelection({ ids: tooMany })).rejects.toThrow('holds 10,001 deliveries; a bulk action takes at most 10,000');
    await expect(core.handlers.cancelBulkReplay(99)).rejects.toThrow('There is no bulk replay 99');
  });
});
