/** The traffic chart counts what another Hookbench process stores in the folder: `hookbench import` run beside the core. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { capturedPush, refusedSample } from '../e2e/support/seed-deliveries';
import { assertCliBuilt, hookbench } from '../support/cli-process';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const MINUTE = 60_000;

describe("the traffic chart and another process's deliveries", () => {
  beforeAll(assertCliBuilt);

  it('counts the deliveries `hookbench import` stored while the core had the folder open', async () => {
    const from = Math.floor(Date.now() / MINUTE) * MINUTE - 30 * MINUTE;
    // The deliveries to import, written as Hookbench's own NDJSON by a core on another folder.
    const source = tempDir();
    const store = new DeliveryStore(source);
    store.insertBatch([
      capturedPush({ receivedAt: from + 5_000 }),
      capturedPush({ receivedAt: from + 6_000, status: 500 }),
      { ...refusedSample(), receivedAt: from + MINUTE + 1_000 },
    ]);
    await store.close();
    const exporter = await startCore(source);
    const file = join(tempDir(), 'deliveries.ndjson');
    writeFileSync(file, await exporter.core.handlers.exportDeliveries('ndjson'));
    await exporter.core.close();

    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    const ask = async () => core.handlers.getTraffic({ from, bucketMs: MINUTE, buckets: 30 });
    expect((await ask()).buckets.every((b) => b.success + b.failure + b.internalError + b.pending === 0)).toBe(true);
    expect(await hookbench(['import', file, '--data-dir', dataDir])).toMatchObject({ code: 0 });
    const traffic = await ask();
    expect(traffic.buckets.slice(0, 2)).toEqual([
      { start: from, success: 1, failure: 1, internalError: 0, pending: 0 },
      { start: from + MINUTE, success: 0, failure: 0, internalError: 1, pending: 0 },
    ]);
  });
});
