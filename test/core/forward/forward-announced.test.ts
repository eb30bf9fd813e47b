import { describe, expect, it } from 'vitest';
import type { DeliveriesChanged } from '@shared/contract';
import { useCores } from '../../support/core-harness';
import { closedPort, startReceiver } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';
import { legStored, type StartedCore } from './forward-support';

const tempDir = useTempDirs();
const startCore = useCores();

const post = (started: StartedCore) => fetch(`http://127.0.0.1:${started.port}/hooks`, { method: 'POST', body: '{"object_kind":"push"}' }).then((r) => r.status);

/** Every deliveriesChanged from now on, and a wait for the first that `matches`. */
function announcements(started: StartedCore) {
  const seen: DeliveriesChanged[] = [];
  started.core.subscribe((name, payload) => name === 'deliveriesChanged' && seen.push(payload as DeliveriesChanged));
  return {
    seen,
    async until(matches: (change: DeliveriesChanged) => boolean, limitMs = 10_000): Promise<DeliveriesChanged> {
      const deadline = Date.now() + limitMs;
      for (;;) {
        const found = seen.find(matches);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no such announcement within ${limitMs} ms: ${JSON.stringify(seen)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

describe('a forward once its sender has the answer', () => {
  it('is announced as its capture row with that answer and counted from there, with no removal and no recount', async () => {
    const target = await startReceiver({ status: 503 });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `${target.url}/in` } });
    const told = announcements(started);
    expect(await post(started)).toBe(503);
    expect(await post(started)).toBe(503);
    await legStored(started, 2);
    const answered = await told.until((change) => change.counts.failures === 2);
    await target.close();
    expect(answered.counts).toEqual({ total: 2, failures: 2, internalErrors: 0 });
    // Each capture reached the inbox with its answer, never as a leg of its own.
    const lastRowOf = new Map(told.seen.flatMap((change) => change.rows).map((row) => [row.id, row]));
    expect([...lastRowOf.values()].map((row) => [row.origin, row.status])).toEqual([
      ['captured', 503],
      ['captured', 503],
    ]);
    expect(told.seen.filter((change) => change.removed)).toEqual([]);
    expect(await started.core.handlers.getCounts()).toEqual({ total: 2, failures: 2, internalErrors: 0 });
  });

  it('is an internal error with its cause when the target refused it, in the row, the detail and the counts', async () => {
    const port = await closedPort();
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `http://127.0.0.1:${port}` } });
    const told = announcements(started);
    expect(await post(started)).toBe(502);
    await legStored(started);
    const answered = await told.until((change) => change.counts.internalErrors === 1);
    expect(answered.counts).toEqual({ total: 1, failures: 0, internalErrors: 1 });
    const { rows } = await started.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(rows.map((row) => [row.origin, row.status, row.errorKind])).toEqual([['captured', 502, 'refused']]);
    const detail = await started.core.handlers.getDelivery(rows[0].id);
    expect(detail?.errorMessage).toBe(`Connection refused by 127.0.0.1:${port} — is the receiver running?`);
    const refused = await started.core.handlers.listDeliveries({ offset: 0, limit: 10, statusClasses: ['internal-error'] });
    expect(refused.rows.map((row) => row.id)).toEqual([rows[0].id]);
  });
});
