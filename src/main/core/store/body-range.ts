import type { BodyBytes, BodyPart } from '@shared/delivery';

interface RangeDb {
  prepare(sql: string): { get(...params: Array<number | null>): unknown };
}

const COLUMNS: Record<BodyPart, string> = { request: 'request_body', response: 'response_body' };

/**
 * `limit` bytes of a stored body from `offset` (null: to the end), and the body's whole size.
 * length() of a BLOB reads only its header. substr() still loads the whole BLOB inside SQLite but copies out
 * only the slice, which suits a first screenful; to the end, the column is read as is and cut in JavaScript,
 * which saves substr's own copy of a 25 MB body.
 */
export function readBodyRange(db: RangeDb, id: number, part: BodyPart, offset: number, limit: number | null): BodyBytes | null {
  const column = COLUMNS[part];
  const slice = limit === null ? column : `substr(${column}, ?, ?)`;
  const params = limit === null ? [id] : [offset + 1, limit, id];
  const r = db.prepare(`SELECT length(${column}) AS size, ${slice} AS bytes FROM exchanges WHERE id = ?`).get(...params) as
    | { size: number | null; bytes: Uint8Array | null }
    | undefined;
  if (!r || r.size === null) return null;
  const start = Math.min(offset, r.size);
  const bytes = r.bytes ?? new Uint8Array();
  return { size: r.size, offset: start, bytes: limit === null ? bytes.subarray(start) : bytes };
}
