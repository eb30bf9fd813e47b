import { Worker } from 'node:worker_threads';
import { attachSearchIndex } from './search-index-schema';
import { LOW_PRIORITY_SOURCE } from './low-priority-thread';
import { startSearchIndexer } from './search-indexer-thread';
import { PREPARED_CACHE_SIZE, type SqlRunner, type SqlStatement } from './sql-runner';

/** How often the thread asks SQLite whether another connection committed. */
export const CHANGE_POLL_MS = 25;

/**
 * The thread's code, plain JavaScript kept as text so it runs the same bundled and under the test runner.
 * It owns its own connection: list pages, searches, counts and bodies run here, never on the thread that
 * answers senders (WAL lets it read while the receiver writes). `PRAGMA data_version` changes when any
 * other connection, in this process or another, commits: the thread then says so, so every process on the
 * folder hears every other (the search index is another file: its commits wake no one). A second thread keeps
 * the index in step (search-indexer-thread.ts).
 */
const THREAD_SOURCE = `
const { DatabaseSync } = require('node:sqlite');
const { workerData, parentPort } = require('node:worker_threads');
// A long search waits for the cores, a sender never does.
${LOW_PRIORITY_SOURCE}
const db = new DatabaseSync(workerData.path);
db.exec('PRAGMA busy_timeout = 5000');
(${attachSearchIndex.toString()})(db, workerData.searchPath);
const prepared = new Map();
function statement(sql) {
  let s = prepared.get(sql);
  if (!s) {
    if (prepared.size >= workerData.cacheSize) prepared.clear();
    s = db.prepare(sql);
    prepared.set(sql, s);
  }
  return s;
}
// Writes (the receiver lease's) begin deferred: BEGIN IMMEDIATE would lock every attached file, and while it waited for
// the search index (the indexer's batch) it held the store's write lock, so captures stalled 100-350 ms (measured).
// A write first in its transaction waits for the lock as IMMEDIATE would, on the store's file alone.
parentPort.on('message', ({ id, statements }) => {
  try {
    db.exec('BEGIN');
    let results;
    try {
      results = statements.map(({ sql, params, mode }) => statement(sql)[mode](...params));
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    parentPort.postMessage({ id, results });
  } catch (error) {
    parentPort.postMessage({ id, error: error && error.message ? error.message : String(error) });
  }
});
let version = null;
const dataVersion = db.prepare('PRAGMA data_version');
setInterval(() => {
  try {
    const now = dataVersion.get().data_version;
    if (now === version) return;
    version = now;
    parentPort.postMessage({ changed: true });
  } catch {
    // Busy or briefly locked: the next tick asks again.
  }
}, workerData.pollMs);
`;

interface Pending {
  resolve: (results: unknown[]) => void;
  reject: (error: Error) => void;
}

type ThreadMessage = { id: number; results?: unknown[]; error?: string } | { changed: true };

/** A connection on a thread of its own, with the search index attached; `onForeignCommit` runs after any other connection commits. */
export class ThreadSqlRunner implements SqlRunner {
  private readonly worker: Worker;
  private readonly indexer: { stop(): Promise<void> };
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(path: string, searchPath: string, onForeignCommit: () => void) {
    this.worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { path, searchPath, pollMs: CHANGE_POLL_MS, cacheSize: PREPARED_CACHE_SIZE },
    });
    // HOOKBENCH_BENCH_NO_INDEXER: for npm run bench only, to measure capture with and without the indexer.
    this.indexer = process.env.HOOKBENCH_BENCH_NO_INDEXER === '1' ? { stop: async () => {} } : startSearchIndexer(path, searchPath);
    this.worker.unref();
    this.worker.on('message', (message: ThreadMessage) => {
      if ('changed' in message) return onForeignCommit();
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (this.pending.size === 0) this.worker.unref();
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.results ?? []);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`it exited with code ${code}`)));
  }

  run(statements: readonly SqlStatement[]): Promise<unknown[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // The thread keeps the process alive only while an answer is awaited (a one-shot command's last read).
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, statements });
    });
  }

  async close(): Promise<void> {
    // An answer that comes in while the thread stops must not unref it: terminate() refs the thread until it has
    // exited, and an unref then let a one-shot command's process end mid-close, with exit code 0 and no output.
    this.worker.removeAllListeners('message');
    this.worker.removeAllListeners('exit');
    this.fail(new Error('the store is closing'));
    await Promise.all([this.worker.terminate(), this.indexer.stop()]);
  }

  private fail(cause: Error): void {
    this.failure = new Error(`Hookbench's store reader stopped (${cause.message}); restart Hookbench to read deliveries again.`);
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }
}
