import { Worker } from 'node:worker_threads';
import { LOW_PRIORITY_SOURCE } from './low-priority-thread';

/** How often the write-ahead log is copied back into the database file. */
const CHECKPOINT_INTERVAL_MS = 1_000;

/**
 * Copies the write-ahead log into the database from a thread of its own, at a low priority, so that this work
 * (most of a commit's cost under load) never delays the answer to a sender. A PASSIVE checkpoint takes
 * no lock that a writer waits on. The thread's code is plain JavaScript kept as text, so that it
 * runs the same in the bundled app and under the test runner.
 */
const THREAD_SOURCE = `
const { DatabaseSync } = require('node:sqlite');
const { workerData } = require('node:worker_threads');
// Copying back is housekeeping: a commit in the WAL is already safe from a killed process. So this thread gives
// way when the cores are busy (with the load generator, in the bench; with a sender, in use) and catches up after.
${LOW_PRIORITY_SOURCE}const db = new DatabaseSync(workerData.path);
setInterval(() => {
  try {
    db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or briefly locked: the next tick tries again.
  }
}, workerData.intervalMs);
`;

export class WalCheckpointer {
  private readonly worker: Worker;

  /** `fallback` runs if the thread dies, to hand checkpoints back to the writing connection. */
  constructor(path: string, fallback: () => void) {
    this.worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { path, intervalMs: CHECKPOINT_INTERVAL_MS } });
    this.worker.unref();
    this.worker.on('error', fallback);
    this.worker.on('exit', fallback);
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
