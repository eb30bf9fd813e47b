import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { capturedPush, seedDeliveries } from '../e2e/support/seed-deliveries';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

function plan(dataDir: string, sql: string): string {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as Array<{ detail: string }>).map((step) => step.detail).join('\n');
  } finally {
    db.close();
  }
}

describe("a delivery's replays and legs by their parent", () => {
  it('are found through an index, not a scan of every delivery (a bulk delete looks up each one)', async () => {
    const dataDir = tempDir();
    await seedDeliveries(dataDir, [capturedPush()]);
    await (await startCore(dataDir)).core.close();
    expect(plan(dataDir, "SELECT id FROM deliveries WHERE parent_id = ? AND origin = 'forwarded'")).toContain('USING INDEX deliveries_by_parent');
    expect(plan(dataDir, 'SELECT id FROM deliveries WHERE parent_id = ? ORDER BY id DESC')).toContain('deliveries_by_parent');
  });

  it('deletes 5 000 deliveries and puts them back with Undo, every one', async () => {
    const dataDir = tempDir();
    await seedDeliveries(dataDir, Array.from({ length: 5000 }, (_, n) => capturedPush({ url: `/hooks/${n}` })));
    const { core } = await startCore(dataDir);
    const ids = await core.handlers.resolveSelection({ search: '' });
    expect(await core.handlers.deleteDeliveries(ids)).toBe(5000);
    expect((await core.handlers.getCounts()).total).toBe(0);
    expect(await core.handlers.restoreDeliveries(ids)).toBe(5000);
    expect((await core.handlers.getCounts()).total).toBe(5000);
    expect(await core.handlers.resolveSelection({ search: '' })).toEqual(ids);
  });
});
