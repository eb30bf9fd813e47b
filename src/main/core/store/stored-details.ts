import type { DatabaseSync } from 'node:sqlite';
import type { BodyPart, DeliveryDetail } from '@shared/delivery';
import { storedIds } from './readable-ids';
import { forwardLegIds } from './delivery-removal';
import { BODY_SQL, DETAIL_SQL, toDetail, type SqlRow } from './row-mapping';

/** What an export read, and the ids it met but could not read (a damaged store), for it to report. */
export interface ExportReport {
  read: number;
  unreadable: number[];
}

export function readDetail(db: DatabaseSync, id: number): DeliveryDetail | null {
  const r = db.prepare(DETAIL_SQL).get(id) as SqlRow | undefined;
  return r ? toDetail(r) : null;
}

/** The exact stored bytes; null when the delivery is gone or has no such part (no response yet). */
export function readBody(db: DatabaseSync, id: number, part: BodyPart): Uint8Array | null {
  const r = db.prepare(BODY_SQL[part]).get(id) as { body: Uint8Array | null } | undefined;
  return r?.body ?? null;
}

/**
 * Every delivery (or those of `ids`), oldest first, with its detail: for exports, without holding them all at
 * once. A delivery whose pages are damaged is skipped, and its id kept in `report`.
 */
export function* readDetails(db: DatabaseSync, report: ExportReport, ids?: readonly number[]): Generator<DeliveryDetail> {
  report.read = 0;
  report.unreadable = [];
  // Chosen deliveries bring their forward legs, linked by parentId, as a pair is one item.
  const order = ids ? [...new Set([...ids, ...forwardLegIds(db, ids)])].sort((a, b) => a - b) : storedIds(db);
  for (const id of order) {
    let detail: DeliveryDetail | null;
    try {
      detail = readDetail(db, id);
      // Read here once so that a damaged body is skipped with its delivery rather than failing the export.
      if (detail) for (const part of ['request', 'response'] as const) readBody(db, id, part);
    } catch {
      report.unreadable.push(id);
      continue;
    }
    if (!detail) continue;
    report.read++;
    yield detail;
  }
}
