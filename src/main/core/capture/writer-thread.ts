import { Worker } from 'node:worker_threads';
import type { DeliveryRecord } from '../store/delivery-record';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL, deliveryParams, exchangeParams } from '../store/insert-statements';

/**
 * The thread's code is plain JavaScript kept as text: it runs the same in the bundled app and under
 * the test runner, with no build step turning it into a file of its own. It only executes the
 * insert statements it is given, inside one transaction per batch.
 */
const THREAD_SOURCE = `
const { DatabaseSync } = require('node:sqlite');
const { parentPort, workerData } = require('node:worker_threads');
const db = new DatabaseSync(workerData.path);
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
const insertDelivery = db.prepare(workerData.insertDeliverySql);
const insertExchange = db.prepare(workerData.insertExchangeSql);
let queued = [];
function commit() {
  const batches = queued;
  queued = [];
  try {
    db.exec('BEGIN');
    const replies = batches.map(({ batch, rows }) => ({
      batch,
      ids: rows.map(([delivery, exchange]) => {
        const id = Number(insertDelivery.run(...delivery).lastInsertRowid);
        insertExchange.run(id, ...exchange);
        return id;
      }),
    }));
    db.exec('COMMIT');
    parentPort.postMessage(replies);
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    const message = String((error && error.message) || error);
    parentPort.postMessage(batches.map(({ batch }) => ({ batch, error: message })));
  }
}
// Batches that arrive while a commit runs share the next one: group commit across event-loop turns.
parentPort.on('message', (batch) => {
  if (queued.length === 0) setImmediate(commit);
  queued.push(batch);
});
`;

interface Reply {
  batch: number;
  ids?: number[];
  error?: string;
}

/** Copies a body out of a pooled buffer: posting a view would clone the whole pool behind it. */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

export class WriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (ids: number[]) => void; reject: (error: Error) => void }>();
  private nextBatch = 1;
  private failure: Error | null = null;

  constructor(path: string) {
    this.worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { path, insertDeliverySql: INSERT_DELIVERY_SQL, insertExchangeSql: INSERT_EXCHANGE_SQL },
    });
    this.worker.on('message', (replies: Reply[]) => {
      for (const reply of replies) {
        const waiter = this.waiting.get(reply.batch);
        this.waiting.delete(reply.batch);
        if (reply.ids) waiter?.resolve(reply.ids);
        else waiter?.reject(new Error(reply.error ?? 'the capture writer failed'));
      }
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the capture writer stopped (exit code ${code})`)));
  }

  write(records: readonly DeliveryRecord[]): Promise<number[]> {
    if (this.failure) return Promise.reject(this.failure);
    const batch = this.nextBatch++;
    const rows = records.map((record) => [
      deliveryParams(record),
      exchangeParams({
        ...record,
        requestBody: ownBytes(record.requestBody),
        responseBody: record.responseBody && ownBytes(record.responseBody),
      }),
    ]);
    return new Promise((resolve, reject) => {
      this.waiting.set(batch, { resolve, reject });
      this.worker.postMessage({ batch, rows });
    });
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.waiting.keys()].map((batch) => this.settled(batch)));
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private settled(batch: number): Promise<void> {
    const waiter = this.waiting.get(batch);
    if (!waiter) return Promise.resolve();
    return new Promise((done) => {
      this.waiting.set(batch, {
        resolve: (ids) => { waiter.resolve(ids); done(); },
        reject: (error) => { waiter.reject(error); done(); },
      });
    });
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
