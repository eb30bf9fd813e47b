/**
 * The per-delivery log, handed to a thread of its own (log-thread.ts) once per turn of the event loop: the
 * receiver's thread only collects rows and copies the bodies into one buffer; masking, formatting and writing
 * happen on the thread. Measured with the log to a file: formatting and writing each line on the event loop
 * cost about 20 µs of its time per delivery; handing each body over as its own buffer cost about twice what
 * one buffer for the whole batch costs.
 */
import { Worker } from 'node:worker_threads';
import type { DeliveryRow } from '@shared/delivery';
import type { CapturedBatch } from '../../core/app-core';
import { packRows, type LogBatch, type LogFormat, type LogThreadData } from './log-batch';

/** A reader that stops reading (a paused pager) must not make the receiver's memory grow without end. */
const MAX_UNWRITTEN_ROWS = 50_000;

export class LogOutput {
  private readonly thread: Worker;
  private rows: DeliveryRow[] = [];
  private bodies: Uint8Array[] = [];
  private bodyBytes = 0;
  private secrets = new Set<string>();
  private scheduled = false;
  /** Rows handed to the thread so far; those it has written are counted in `writtenRows`. */
  private handed = 0;
  private readonly writtenRows = new BigInt64Array(new SharedArrayBuffer(8));
  private dropped = 0;

  constructor(threadFile: string, format: LogFormat) {
    this.thread = new Worker(threadFile, { workerData: { format, written: this.writtenRows.buffer } satisfies LogThreadData });
    this.thread.on('error', (error) => process.stderr.write(`The log stopped: ${error.message}\n`));
    this.thread.unref();
  }

  add({ rows, bodies, secrets }: CapturedBatch): void {
    const unwritten = this.handed - Number(Atomics.load(this.writtenRows, 0));
    const room = Math.max(0, MAX_UNWRITTEN_ROWS - unwritten - this.rows.length);
    this.dropped += Math.max(0, rows.length - room);
    for (let i = 0; i < Math.min(rows.length, room); i++) {
      this.rows.push(rows[i]);
      this.bodies.push(bodies[i]);
      this.bodyBytes += bodies[i].byteLength;
    }
    // Every secret any of the tick's batches named is masked: masking more than needed hides nothing it must show.
    for (const secret of secrets) this.secrets.add(secret);
    if (!this.scheduled && this.rows.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.hand());
    }
  }

  private hand(): void {
    this.scheduled = false;
    // One buffer of its own, handed over whole: a body may be a view into a larger buffer, which would go with it.
    const packed = new Uint8Array(this.bodyBytes);
    const bodyEnds: number[] = [];
    let at = 0;
    for (const body of this.bodies) {
      packed.set(body, at);
      at += body.byteLength;
      bodyEnds.push(at);
    }
    const batch: LogBatch = { kind: 'rows', rows: packRows(this.rows), bodies: packed, bodyEnds, secrets: [...this.secrets], dropped: this.dropped };
    this.handed += this.rows.length;
    this.rows = [];
    this.bodies = [];
    this.bodyBytes = 0;
    this.secrets = new Set();
    this.dropped = 0;
    this.thread.postMessage(batch, [packed.buffer]);
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
