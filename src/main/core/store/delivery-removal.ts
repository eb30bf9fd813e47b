import type { DatabaseSync } from 'node:sqlite';
import { COUNT_REMOVAL } from './removals';
import { NOT_A_LEG } from './query-filter';
import { NOT_PINNED, ORPHAN_MARKS } from './delivery-marks';
import { readRows, writeRows, type TakenOutRows } from './taken-out-rows';

/** Removing deliveries (delete, Clear all, retention) and putting deleted ones back; each runs inside the caller's transaction. */

/**
 * Deliveries put back by an undo. The search index covers ids up to its mark, so one deleted before the index came to
 * it and put back after is not in the index and never above the mark: searches scan these (search-text-sql.ts).
 */
export const RESTORED_IDS_SCHEMA = 'CREATE TABLE IF NOT EXISTS restored_ids (id INTEGER PRIMARY KEY)';
const ORPHAN_RESTORED = 'DELETE FROM restored_ids WHERE id NOT IN (SELECT id FROM deliveries)';

/** The forward legs of these deliveries: a pair is one item, so what takes a capture (delete, export) takes its leg. */
export function forwardLegIds(db: DatabaseSync, ids: readonly number[]): number[] {
  const legsOf = db.prepare(`SELECT id FROM deliveries WHERE parent_id = ? AND origin = 'forwarded'`);
  return ids.flatMap((id) => (legsOf.all(id) as Array<{ id: number }>).map((leg) => leg.id));
}

/** Deletes, and gives back the rows deleted, for an undo to put back with restoreRows. */
export function deleteDeliveries(db: DatabaseSync, ids: readonly number[]): TakenOutRows {
  // A forward's leg goes with its capture, and comes back with it on undo.
  const all = [...ids, ...forwardLegIds(db, ids)];
  const taken = readRows(db, all);
  const deleteDelivery = db.prepare('DELETE FROM deliveries WHERE id = ?');
  const deleteExchange = db.prepare('DELETE FROM exchanges WHERE id = ?');
  for (const id of all) {
    deleteDelivery.run(id);
    deleteExchange.run(id);
  }
  db.exec(`${ORPHAN_MARKS}; ${ORPHAN_RESTORED}; ${COUNT_REMOVAL}`);
  const asked = new Set(ids);
  return { ...taken, ids: taken.ids.filter((id) => asked.has(id)) };
}

/**
 * Puts back deleted rows (those of `ids`) under their old ids. Counted as a removal: readers count only rows
 * above the last id they saw, so a row coming back below it makes them count afresh.
 */
export function restoreDeliveries(db: DatabaseSync, rows: TakenOutRows, ids: ReadonlySet<number>): number {
  const restored = writeRows(db, rows, ids);
  const note = db.prepare('INSERT OR IGNORE INTO restored_ids (id) SELECT id FROM deliveries WHERE id = ?');
  for (const row of rows.tables.deliveries) note.run(Number(row.id));
  db.exec(COUNT_REMOVAL);
  return restored;
}

/** Clear all: pinned deliveries stay. */
export function clearUnpinned(db: DatabaseSync): void {
  db.exec(`DELETE FROM deliveries WHERE ${NOT_PINNED}; DELETE FROM exchanges WHERE ${NOT_PINNED}; ${ORPHAN_MARKS}; ${ORPHAN_RESTORED}; ${COUNT_REMOVAL};`);
}

/** The id below which retention removes what is not kept, or null when the folder holds no more than `retain`. */
export function retentionCut(db: DatabaseSync, retain: number): number | null {
  const stored = (db.prepare(`SELECT count(*) AS n FROM deliveries d WHERE ${NOT_A_LEG}`).get() as { n: number }).n;
  if (stored <= retain) return null;
  const cut = db.prepare(`SELECT id FROM deliveries d WHERE ${NOT_A_LEG} ORDER BY id DESC LIMIT 1 OFFSET ?`).get(retain - 1) as
    | { id: number }
    | undefined;
  return cut?.id ?? null;
}

/** Removes every delivery below `cut` that is not pinned, keeping a pinned capture's leg; returns how many rows went. */
export function pruneBelow(db: DatabaseSync, cut: number): number {
  // A pinned capture keeps its forward leg: the pair is one item.
  const keptLeg = `(origin = 'forwarded' AND parent_id IN (SELECT id FROM delivery_marks WHERE pinned = 1))`;
  const removed = Number(db.prepare(`DELETE FROM deliveries WHERE id < ? AND ${NOT_PINNED} AND NOT ${keptLeg}`).run(cut).changes);
  db.prepare('DELETE FROM exchanges WHERE id < ? AND id NOT IN (SELECT id FROM deliveries)').run(cut);
  // Legs stored after the cut whose captures went with it.
  const orphanLegs = `SELECT id FROM deliveries WHERE origin = 'forwarded' AND parent_id < ? AND parent_id NOT IN (SELECT id FROM deliveries)`;
  db.prepare(`DELETE FROM exchanges WHERE id IN (${orphanLegs})`).run(cut);
  db.prepare(`DELETE FROM deliveries WHERE id IN (${orphanLegs})`).run(cut);
  db.exec(`${ORPHAN_MARKS}; ${ORPHAN_RESTORED}; ${COUNT_REMOVAL}`);
  return removed;
}
