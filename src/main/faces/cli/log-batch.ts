/**
 * What the receiver's thread hands the log's thread (log-thread.ts), and how. Rows go as one flat array of their
 * values: cloning plain values across threads measured at about half the time of cloning one object per row. The
 * count of lines written comes back through shared memory, not a message per batch that would wake the receiver's
 * event loop.
 */
import type { DeliveryRow } from '@shared/delivery';

export type LogFormat = 'access' | 'json';

/**
 * Rows to log, unmasked, packed by packRows, with their bodies one after another in `bodies` (each ending at its
 * `bodyEnds`), the secrets to mask in them, and how many deliveries were left out before them because the log's
 * reader fell behind.
 */
export type LogBatch =
  | { kind: 'rows'; rows: unknown[]; bodies: Uint8Array; bodyEnds: number[]; secrets: string[]; dropped: number }
  | { kind: 'flush' };

export interface LogThreadData {
  format: LogFormat;
  /** One BigInt64 slot: the rows written so far, added to by the log's thread. */
  written: SharedArrayBuffer;
}

/** A captured row's fields (a log line never has a forward leg to show: it is written before the leg exists). */
const ROW_FIELDS = [
  'id', 'origin', 'parentId', 'receivedAt', 'method', 'url', 'provider', 'event', 'status', 'errorKind', 'durationMs',
  'requestSize', 'overLimit', 'tokenCheck', 'signatureCheck',
] as const satisfies ReadonlyArray<keyof DeliveryRow>;

export function packRows(rows: readonly DeliveryRow[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) for (const field of ROW_FIELDS) values.push(row[field]);
  return values;
}

export function unpackRows(values: readonly unknown[]): DeliveryRow[] {
  const rows: DeliveryRow[] = [];
  for (let at = 0; at < values.length; at += ROW_FIELDS.length) {
    const row: Record<string, unknown> = {};
    ROW_FIELDS.forEach((field, i) => (row[field] = values[at + i]));
    rows.push(row as unknown as DeliveryRow);
  }
  return rows;
}
