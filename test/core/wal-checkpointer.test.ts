/**
 * The thread that copies the WAL back gives way to the receiver and the sender when the cores are busy, and copies
 * when the writers pause, so the log starts again from its beginning instead of growing.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { capturedPush } from '../e2e/support/seed-deliveries';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

/** This process's threads at a lowered priority (nice above 0), from /proc. */
function lowPriorityThreads(): number {
  return readdirSync('/proc/self/task').filter((tid) => {
    try {
      // Fields after the command's closing parenthesis; nice is the 19th field of the line, the 17th of these.
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[16]) > 0;
    } catch {
      return false; // the thread ended while being read
    }
  }).length;
}

/**
 * Whether every frame of the log is in the database file, read from the WAL index without touching the store
 * (SQLite's walformat: the header's mxFrame at byte 16, the checkpoint's nBackfill at byte 96, in native order).
 */
function copiedBack(shm: string): boolean {
  const index = readFileSync(shm);
  const mxFrame = index.readUInt32LE(16);
  return mxFrame > 0 && index.readUInt32LE(96) === mxFrame;
}

describe('the WAL checkpointer', () => {
  it.skipIf(process.platform !== 'linux')('runs on a thread of its own at a low priority', async () => {
    const before = lowPriorityThreads();
    const store = new DeliveryStore(tempDir());
    const deadline = Date.now() + 5_000;
    while (lowPriorityThreads() === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lowPriorityThreads()).toBe(before + 1);
    await store.close();
  });

  it('copies the log back once the writers pause, so the next burst writes over it instead of growing it', async () => {
    const dataDir = tempDir();
    const store = new DeliveryStore(dataDir);
    const wal = join(dataDir, 'hookbench.db-wal');
    const burst = () => {
      for (let i = 0; i < 300; i++) store.insertBatch([capturedPush()]);
    };
    burst();
    const grown = statSync(wal).size;
    const deadline = Date.now() + 10_000;
    while (!copiedBack(`${join(dataDir, 'hookbench.db')}-shm`) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    burst();
    expect(statSync(wal).size).toBe(grown);
    await store.close();
  });
});
