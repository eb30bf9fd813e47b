/**
 * The change announcer under a stream of commits: at most one check an interval however long a check takes, the
 * last change still announced when it closes, and the rows read only for someone who wants them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveriesChanged } from '@shared/contract';
import { ChangeAnnouncer } from '../../../src/main/core/change-announcer';
import type { DeliveryReader, FolderChange } from '../../../src/main/core/store/delivery-reader';

const INTERVAL_MS = 50;
const CHECK_MS = 5;

/** A folder whose newest id grows with each commit, read by a reader whose every check takes CHECK_MS. */
function streamingFolder() {
  let newest = 0;
  const limits: number[] = [];
  const reader = {
    changesSince(_afterId: number, limit: number): Promise<FolderChange> {
      limits.push(limit);
      const upToId = newest;
      return new Promise((resolve) => {
        setTimeout(() => resolve({ counted: { upToId, removals: 0, counts: { total: upToId, failures: 0, internalErrors: 0 } }, rows: [], answered: [] }), CHECK_MS);
      });
    },
    forget() {},
  } as unknown as DeliveryReader;
  return { reader, limits, commit: () => (newest += 1) };
}

/** Runs the fake clock until the promise settles: the reader's answers come on timers. */
async function settled<T>(promise: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(INTERVAL_MS * 2);
  return promise;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the change announcer', () => {
  it('checks at most once an interval during a stream, and announces the last commit on close', async () => {
    const folder = streamingFolder();
    const announced: DeliveriesChanged[] = [];
    const announcer = new ChangeAnnouncer(folder.reader, (change) => announced.push(change), () => {}, () => false, INTERVAL_MS);
    await settled(announcer.start());
    const checksAtStart = folder.limits.length;
    // A commit every millisecond for a second, each telling the announcer.
    for (let ms = 0; ms < 1000; ms++) {
      folder.commit();
      announcer.changed();
      await vi.advanceTimersByTimeAsync(1);
    }
    const checks = folder.limits.length - checksAtStart;
    expect(checks).toBeGreaterThanOrEqual(1000 / INTERVAL_MS - 1);
    expect(checks).toBeLessThanOrEqual(1000 / INTERVAL_MS + 1);

    folder.commit();
    announcer.changed();
    await settled(announcer.close());
    expect(announced.at(-1)?.counts.total).toBe(1001);
    // Nobody wants rows: every check asked for none, and each announcement says to fetch.
    expect(folder.limits.every((limit) => limit === 0)).toBe(true);
    expect(announced.every((change) => change.more && change.rows.length === 0)).toBe(true);
  });

  it('asks for rows once someone wants them', async () => {
    const folder = streamingFolder();
    let wanted = false;
    const announcer = new ChangeAnnouncer(folder.reader, () => {}, () => {}, () => wanted, INTERVAL_MS);
    await settled(announcer.start());
    wanted = true;
    folder.commit();
    announcer.changed();
    await vi.advanceTimersByTimeAsync(INTERVAL_MS);
    expect(folder.limits.at(-1)).toBeGreaterThan(0);
    await settled(announcer.close());
  });
});
