/**
 * The per-delivery log, handed to a thread of its own (log-thread.ts) once per turn of the event loop: the
 * receiver's thread only collects rows. Measured with the log to a file: formatting and writing each line on
 * the event loop cost about 20 µs of its time per delivery.
 */
import { Worker } from 'node:worker_threads';
import type { DeliveryRow } from '@shared/delivery';
import type { LogBatch, LogFormat } from './log-thread';

/** A reader that stops reading (a paused pager) must not make the receiver's memory grow without end. */
const MAX_UNWRITTEN_ROWS = 50_000;

export class LogOutput {
  private readonly thread: Worker;
  private rows: DeliveryRow[] = [];
  private bodies: Uint8Array[] = [];
  private scheduled = false;
  /** Handed to the thread and not yet written. */
  private unwritten = 0;
  private dropped = 0;

  constructor(threadFile: string, format: LogFormat) {
    this.thread = new Worker(threadFile, { workerData: { format } });
    this.thread.on('error', (error) => process.stderr.write(`The log stopped: ${error.message}\n`));
    this.thread.on('message', (message: number | 'flushed') => {
      if (typeof message === 'number') this.unwritten -= message;
    });
    // After the listeners: adding a 'message' listener refs the thread again, and it must not keep the CLI alive.
    this.thread.unref();
  }

  add(row: DeliveryRow, body: Uint8Array): void {
    if (this.unwritten + this.rows.length >= MAX_UNWRITTEN_ROWS) {
      this.dropped++;
      return;
    }
    this.rows.push(row);
    // Its own copy, handed over whole: a view into a larger buffer would be cloned with all of that buffer.
    this.bodies.push(new Uint8Array(body));
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.hand());
    }
  }

  private hand(): void {
    this.scheduled = false;
    const batch: LogBatch = { kind: 'rows', rows: this.rows, bodies: this.bodies, dropped: this.dropped };
    this.unwritten += this.rows.length;
    this.rows = [];
    this.bodies = [];
    this.dropped = 0;
    this.thread.postMessage(batch, batch.bodies.map((body) => body.buffer as ArrayBuffer));
  }

  /** Resolves once every row handed over so far is written: before the process exits. */
  written(): Promise<void> {
    if (this.scheduled) this.hand();
    return new Promise((resolve) => {
      const done = (message: unknown) => {
        if (message !== 'flushed') return;
        this.thread.off('message', done);
        resolve();
      };
      this.thread.on('message', done);
      this.thread.once('exit', () => resolve());
      this.thread.postMessage({ kind: 'flush' } satisfies LogBatch);
    });
  }
}
