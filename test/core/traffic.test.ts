/** The traffic chart's counts through the core, over a real store that other connections write to as well. */
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../src/main/core/app-core';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { capturedPush, refusedSample } from '../e2e/support/seed-deliveries';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

const MINUTE = 60_000;
/** A fixed hour, so the buckets' edges are known: 2026-12-01 10:00 UTC. */
const FROM = Date.UTC(2026, 11, 1, 10, 0);

const perMinute = async (core: AppCore, buckets = 60) => core.handlers.getTraffic({ from: FROM, bucketMs: MINUTE, buckets });

describe('the traffic chart', () => {
  it("counts each minute's deliveries by status class, a forward's pair once, the edges exact", async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    const other = new DeliveryStore(dataDir);
    try {
      const at = (minute: number, ms = 0) => FROM + minute * MINUTE + ms;
      const [capture] = other.insertBatch([
        capturedPush({ receivedAt: at(3), status: 502, errorKind: 'refused', errorMessage: 'connect ECONNREFUSED 127.0.0.1:9' }),
      ]);
      other.insertBatch([
        capturedPush({ origin: 'forwarded', parentId: capture, url: 'http://127.0.0.1:9/in', receivedAt: at(3, 1), status: null, errorKind: 'refused' }),
        capturedPush({ receivedAt: at(0) }),
        capturedPush({ receivedAt: at(0, MINUTE - 1), status: 404 }),
        capturedPush({ receivedAt: at(1), status: 500 }),
        { ...refusedSample(), receivedAt: at(1, 30_000) },
        capturedPush({ receivedAt: at(2), status: null }),
        capturedPush({ receivedAt: at(59, MINUTE - 1), status: 204 }),
        // Just outside the hour asked for, on either side.
        capturedPush({ receivedAt: at(0, -1) }),
        capturedPush({ receivedAt: at(60) }),
      ]);
      // Both writers commit before they return (the receiver before it answers): nothing to wait for.
      const traffic = await perMinute(core);
      expect(traffic.buckets).toHaveLength(60);
      expect(traffic.buckets.slice(0, 4)).toEqual([
        { start: at(0), success: 1, failure: 1, internalError: 0, pending: 0 },
        { start: at(1), success: 0, failure: 1, internalError: 1, pending: 0 },
        { start: at(2), success: 0, failure: 0, internalError: 0, pending: 1 },
        { start: at(3), success: 0, failure: 0, internalError: 1, pending: 0 },
      ]);
      expect(traffic.buckets[59]).toEqual({ start: at(59), success: 1, failure: 0, internalError: 0, pending: 0 });
      const counted = traffic.buckets.reduce((sum, b) => sum + b.success + b.failure + b.internalError + b.pending, 0);
      expect(counted).toBe(7);
    } finally {
      await other.close();
    }
  });

  it('counts per hour over days, and takes the hooks the receiver just captured', async () => {
    const { core, port } = await startCore(tempDir());
    for (const status of ['200', '500', '200']) {
      const answered = await fetch(`http://127.0.0.1:${port}/hooks?want=${status}`, { method: 'POST', body: '{}' });
      expect(answered.status).toBe(200);
    }
    const HOUR = 60 * MINUTE;
    const thisHour = Math.floor(Date.now() / HOUR) * HOUR;
    const traffic = await core.handlers.getTraffic({ from: thisHour - 71 * HOUR, bucketMs: HOUR, buckets: 72 });
    expect(traffic.buckets[71]).toEqual({ start: thisHour, success: 3, failure: 0, internalError: 0, pending: 0 });
    expect(traffic.buckets.slice(0, 71).every((b) => b.success + b.failure + b.internalError + b.pending === 0)).toBe(true);
  });

  it('refuses a request no chart could draw, in words', async () => {
    const { core } = await startCore(tempDir());
    await expect(core.handlers.getTraffic({ from: FROM, bucketMs: 0, buckets: 60 })).rejects.toThrow('bucketMs must be at least 1000 (a second), not 0.');
    await expect(core.handlers.getTraffic({ from: FROM, bucketMs: MINUTE, buckets: 20_000 })).rejects.toThrow('buckets must be from 1 to 10080, not 20000.');
  });
});
