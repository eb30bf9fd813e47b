import type { BodyBytes, BodyPart } from '@shared/delivery';
import type { SqlStatement } from './sql-runner';

const COLUMNS: Record<BodyPart, string> = { request: 'request_body', response: 'response_body' };

/**
 * `limit` stored bytes from `offset` (undefined: to the end), with the body's whole size. length() of a BLOB
 * reads only its header; substr() copies out only the slice, which suits a first screenful. To the end, the
 * column is read as it is and cut in JavaScript, which saves substr's own copy of a 25 MB body.
 */
export function bodyRangeStatement(id: number, part: BodyPart, offset: number, limit: number | undefined): SqlStatement {
  const column = COLUMNS[part];
  if (limit === undefined) return { sql: `SELECT length(${column}) AS size, ${column} AS bytes, 1 AS whole FROM exchanges WHERE id = ?`, params: [id], mode: 'get' };
  return { sql: `SELECT length(${column}) AS size, substr(${column}, ?, ?) AS bytes FROM exchanges WHERE id = ?`, params: [offset + 1, limit, id], mode: 'get' };
}

export type BodyRangeRow = { size: number | null; bytes: Uint8Array | null; whole?: 1 } | undefined;

/** The statement's answer as a slice; null when the delivery is gone or has no such part (no response yet). */
export function bodyRangeOf(row: BodyRangeRow, offset: number, limit: number | undefined): BodyBytes | null {
  if (!row || row.size === null) return null;
  return row.whole ? sliceBody(row.bytes ?? new Uint8Array(), offset, limit) : { size: row.size, offset: Math.min(offset, row.size), bytes: row.bytes ?? new Uint8Array() };
}

/** `limit` bytes from `offset` of a whole body held in memory, without copying them. */
export function sliceBody(bytes: Uint8Array, offset: number, limit: number | undefined): BodyBytes {
  const start = Math.min(offset, bytes.byteLength);
  const end = limit === undefined ? bytes.byteLength : Math.min(bytes.byteLength, start + limit);
  return { size: bytes.byteLength, offset: start, bytes: bytes.subarray(start, end) };
}
