/** Several connections on one data folder: each core hears the others' writes and counts the folder, not itself. */
import { describe, expect, it } from 'vitest';
import type { ContractEvents, DeliveriesChanged, ReceiverState } from '@shared/contract';
import type { AppCore } from '../../src/main/core/app-core';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { PresetFolder } from '../../src/main/core/presets/preset-folder';
import { capturedPush, refusedSample } from '../e2e/support/seed-deliveries';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { nightly } from './presets/preset-fixtures';
import { join } from 'node:path';

/** Resolves with the first event of that name the predicate accepts, failing after `withinMs`. */
function nextEvent<E extends keyof ContractEvents>(
  core: AppCore,
  name: E,
  accept: (payload: ContractEvents[E]) => boolean,
  withinMs: number,
): Promise<ContractEvents[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (stop(), reject(new Error(`no matching ${name} within ${withinMs} ms`))), withinMs);
    const stop = core.subscribe((event, payload) => {
      if ((event as string) === name && accept(payload as unknown as ContractEvents[E])) {
        clearTimeout(timer);
        stop();
        resolve(payload as unknown as ContractEvents[E]);
      }
    });
  });
}

describe('one data folder, several connections', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();

  it("announces another connection's deliveries with their rows and the folder's counts, and notices its deletes", async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    const other = new DeliveryStore(dataDir);
    try {
      const red = capturedPush({ url: '/from/another/process', status: 500 });
      const arrived = nextEvent(core, 'deliveriesChanged', (change) => change.rows.some((row) => row.url === red.url), 2_000);
      const [redId, refusedId] = other.insertBatch([red, refusedSample()]);
      const change: DeliveriesChanged = await arrived;
      expect(change.rows.map((row) => row.id)).toEqual([refusedId, redId]);
      expect(change.counts).toEqual({ total: 2, failures: 1, internalErrors: 1 });
      expect(await core.handlers.getCounts()).toEqual({ total: 2, failures: 1, internalErrors: 1 });
      expect(await core.handlers.listDeliveries({ offset: 0, limit: 10 })).toMatchObject({ total: 2, rows: [{ id: refusedId }, { id: redId }] });

      const removed = nextEvent(core, 'deliveriesChanged', (c) => c.removed, 2_000);
      other.delete([redId]);
      expect((await removed).counts).toEqual({ total: 1, failures: 0, internalErrors: 1 });
      expect(await core.handlers.listDeliveries({ offset: 0, limit: 10 })).toMatchObject({ total: 1, rows: [{ id: refusedId }] });
    } finally {
      await other.close();
    }
  });

  it('counts what another connection stored before this core opened, and pages down to the oldest row', async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    const other = new DeliveryStore(dataDir);
    try {
      other.insertBatch(Array.from({ length: 30 }, (_, i) => capturedPush({ url: `/old/${i}` })));
      await nextEvent(core, 'deliveriesChanged', (c) => c.counts.total === 30, 2_000);
      const lastPage = await core.handlers.listDeliveries({ offset: 25, limit: 10 });
      expect(lastPage.total).toBe(30);
      expect(lastPage.rows.map((row) => row.url)).toEqual(['/old/4', '/old/3', '/old/2', '/old/1', '/old/0']);
    } finally {
      await other.close();
    }
  });

  it('lets one core hold the receiver and the schedules; the other says who, and takes over when it closes', async () => {
    const dataDir = tempDir();
    new PresetFolder(join(dataDir, 'samples', 'triggers')).save(nightly, null);
    const first = await startCore(dataDir);
    const second = await startCore(dataDir);
    const elsewhere = await second.core.handlers.getReceiverState();
    expect(elsewhere).toMatchObject({ status: 'elsewhere', port: first.port, holder: { pid: process.pid, kind: 'app', port: first.port } });
    expect(elsewhere.message).toBe(
      `The Hookbench app (pid ${process.pid}) receives for this folder on :${first.port}. Its deliveries show here; this one takes over if it stops.`,
    );
    // The schedule is armed once per folder: only the holder shows (and runs) a next run.
    expect((await first.core.handlers.listTriggerPresets()).entries[0]?.nextRunAt).toBeGreaterThan(Date.now());
    expect((await second.core.handlers.listTriggerPresets()).entries[0]?.nextRunAt).toBeNull();

    const takenOver = nextEvent(second.core, 'receiverState', (state: ReceiverState) => state.status === 'listening', 3_000);
    await first.core.close();
    const state = await takenOver;
    expect(state.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await second.core.handlers.listTriggerPresets()).entries[0]?.nextRunAt).toBeGreaterThan(Date.now());
  });
});
