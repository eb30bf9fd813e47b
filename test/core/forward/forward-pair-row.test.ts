/** The inbox row of a forward carries its leg, so it shows both statuses: what GitLab got, what the receiver said. */
import { describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import type { DeliveriesChanged } from '@shared/contract';
import { useCores } from '../../support/core-harness';
import { closedPort, startReceiver } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';
import { legStored } from './forward-support';

const tempDir = useTempDirs();
const startCore = useCores();

const post = (port: number) => fetch(`http://127.0.0.1:${port}/hooks`, { method: 'POST', body: '{"object_kind":"push"}' }).then((r) => r.status);

describe("a forward's row in the list", () => {
  it("carries the receiver's answer, in the list and in the announcement of the answered capture", async () => {
    const target = await startReceiver({ status: 201 });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `${target.url}/in` } });
    const announced: DeliveriesChanged[] = [];
    started.core.subscribe((event, payload) => event === 'deliveriesChanged' && announced.push(payload as DeliveriesChanged));
    expect(await post(started.port)).toBe(201);
    await legStored(started);
    await target.close();
    const { rows } = await started.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ origin: 'captured', status: 201, forwardLeg: { url: `${target.url}/in/hooks`, status: 201, errorKind: null, errorMessage: null } });
    const deadline = Date.now() + 5_000;
    while (!announced.some((change) => change.rows.some((row) => row.forwardLeg)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const answered = announced.flatMap((change) => change.rows).find((row) => row.id === rows[0].id && row.forwardLeg);
    expect(answered?.forwardLeg).toMatchObject({ id: rows[0].forwardLeg!.id, status: 201 });
  });

  it('says a refused target is an internal error, with its cause', async () => {
    const port = await closedPort();
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `http://127.0.0.1:${port}` } });
    expect(await post(started.port)).toBe(502);
    await legStored(started);
    const [row] = (await started.core.handlers.listDeliveries({ offset: 0, limit: 10 })).rows;
    expect(row).toMatchObject({ status: 502, errorKind: 'refused', forwardLeg: { status: null, errorKind: 'refused' } });
    expect(row.forwardLeg?.errorMessage).toMatch(/ECONNREFUSED|refused/i);
  });

  it("finds a page's legs through the parent index, not a scan of every delivery", async () => {
    const dataDir = tempDir();
    await startCore(dataDir);
    const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
    try {
      const plan = db
        .prepare("EXPLAIN QUERY PLAN SELECT id FROM deliveries l WHERE l.parent_id IN (SELECT value FROM json_each(?)) AND l.origin = 'forwarded'")
        .all('[1]')
        .map((step) => String(step.detail));
      expect(plan.join('\n')).toContain('USING INDEX deliveries_by_parent');
    } finally {
      db.close();
    }
  });
});
