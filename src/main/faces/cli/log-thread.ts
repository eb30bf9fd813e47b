/**
 * The thread that masks, formats and writes `listen`'s per-delivery log (and `serve --log`/`--json`). Masking
 * and formatting a line scan the body (secrets, UTF-8 check, control characters made visible), and node writes a
 * file or a pipe on stdout synchronously: all would cost the receiver's event loop time per delivery, so all happen here.
 * It owns fd 1 from the first delivery on; waiting on a full pipe blocks this thread only.
 */
import { writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { maskSecrets } from '../../core/export/redaction';
import { accessLogEntry, deliveryJsonLine } from './access-log';
import { unpackRows, type LogBatch, type LogThreadData } from './log-batch';

const STDOUT_FD = 1;
const PIPE_FULL_WAIT_MS = 2;
const { format, written } = workerData as LogThreadData;
const writtenRows = new BigInt64Array(written);
const pause = new Int32Array(new SharedArrayBuffer(4));
let readerGone = false;

function writeAll(bytes: Buffer): void {
  let from = 0;
  while (from < bytes.byteLength && !readerGone) {
    try {
      from += writeSync(STDOUT_FD, bytes, from, bytes.byteLength - from);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A pipe that node made non-blocking and that is full: wait for its reader (this thread only).
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, PIPE_FULL_WAIT_MS);
      // The reader went away (`listen | head`): the log ends quietly and the receiver keeps receiving.
      else if (code === 'EPIPE') readerGone = true;
      else throw error;
    }
  }
}

parentPort?.on('message', (batch: LogBatch) => {
  if (batch.kind === 'flush') {
    parentPort?.postMessage('flushed');
    return;
  }
  // The access log is a view like the UI: the mock's token and other secrets are shown masked.
  const shown = maskSecrets(batch.secrets);
  const rows = unpackRows(batch.rows);
  const lines = rows.map((stored, i) => {
    const row = shown.row(stored);
    if (format === 'json') return `${deliveryJsonLine(row)}\n`;
    return accessLogEntry(row, shown.body(batch.bodies.subarray(i === 0 ? 0 : batch.bodyEnds[i - 1], batch.bodyEnds[i])));
  });
  if (batch.dropped > 0) lines.unshift(`(${batch.dropped} deliveries were stored but not logged: the log's reader fell behind)\n`);
  writeAll(Buffer.from(lines.join(''), 'utf8'));
  Atomics.add(writtenRows, 0, BigInt(rows.length));
});
