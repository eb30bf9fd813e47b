import { Worker } from 'node:worker_threads';
import { LOW_PRIORITY_SOURCE } from './low-priority-thread';

/** How often the thread looks whether the store's writers are quiet (no commit since its last look). */
const QUIET_POLL_MS = 25;
/** Under a stream that never pauses, the log is still copied back this often. */
const SUSTAINED_CHECKPOINT_MS = 10_000;

/**
 * Copies the write-ahead log into the database from a thread of its own, at a low priority, so that this work
 * never runs on the capture path. It copies when the writers are quiet: a copy that catches up with the log's end
 * lets the next commit start the log again from its beginning, over pages already on disk. A copy during a stream
 * of commits never catches up (each commit lands beyond it), and its fsync allocates the log's new blocks while the
 * receiver appends to them: measured on ext4, the receiver's commits then stalled in the kernel for 10-80 ms, about
 * once a second at 1,000 hooks/s. So under a stream that never pauses it copies only every SUSTAINED_CHECKPOINT_MS,
 * which keeps the database file and the later catch-up in step. A PASSIVE checkpoint takes no lock a writer waits
 * on. The thread's code is plain JavaScript kept as text, so that it runs the same bundled and under the test runner.
 */
const THREAD_SOURCE = `
const { DatabaseSync } = require('node:sqlite');
const { workerData } = require('node:worker_threads');
// Copying back is housekeeping: a commit in the WAL is already safe from a killed process. So this thread gives
// way when the cores are busy (with the load generator, in the bench; with a sender, in use) and catches up after.
${LOW_PRIORITY_SOURCE}const db = new DatabaseSync(workerData.path);
const dataVersion = db.prepare('PRAGMA data_version');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let seen = null;
let copiedUpTo = null;
let lastCopy = Date.now();
setInterval(() => {
  try {
    const version = dataVersion.get().data_version;
    const quiet = version === seen;
    seen = version;
    if (version === copiedUpTo) return;
    if (!quiet && Date.now() - lastCopy < workerData.sustainedMs) return;
    const { log, checkpointed } = checkpoint.get();
    lastCopy = Date.now();
    // Short of the log's end (a reader still needs an older page): the next quiet tick tries again.
    if (checkpointed === log) copiedUpTo = version;
  } catch {
    // Busy or briefly locked: the next tick tries again.
  }
}, workerData.pollMs);
`;

export class WalCheckpointer {
  private readonly worker: Worker;

  /** `fallback` runs if the thread dies, to hand checkpoints back to the writing connection. */
  constructor(path: string, fallback: () => void) {
    this.worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { path, pollMs: QUIET_POLL_MS, sustainedMs: SUSTAINED_CHECKPOINT_MS },
    });
    this.worker.unref();
    this.worker.on('error', fallback);
    this.worker.on('exit', fallback);
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
