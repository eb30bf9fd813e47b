import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { DeliveryMark, StoredMark } from '@shared/contract';

/**
 * Pins and notes, beside the deliveries rather than in them: the capture path's insert never touches this
 * table, and a delivery without a mark has no row here.
 */
export const MARKS_SCHEMA = `
CREATE TABLE IF NOT EXISTS delivery_marks (
  id INTEGER PRIMARY KEY,
  pinned INTEGER NOT NULL DEFAULT 0,
  note TEXT
);
CREATE TABLE IF NOT EXISTS delivery_imports (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL
);`;

/** A pinned delivery survives retention and Clear all. */
export const NOT_PINNED = 'id NOT IN (SELECT id FROM delivery_marks WHERE pinned = 1)';

/** Marks whose delivery went (a delete, a clear, retention). */
export const ORPHAN_MARKS =
  'DELETE FROM delivery_marks WHERE id NOT IN (SELECT id FROM deliveries); DELETE FROM delivery_imports WHERE id NOT IN (SELECT id FROM deliveries)';

export const NOTE_LIMIT = 500;

export function readMark(db: DatabaseSync, id: number): StoredMark {
  const row = db.prepare('SELECT pinned, note FROM delivery_marks WHERE id = ?').get(id) as { pinned: number; note: string | null } | undefined;
  const imported = db.prepare('SELECT file FROM delivery_imports WHERE id = ?').get(id) as { file: string } | undefined;
  return { pinned: row?.pinned === 1, note: row?.note ?? null, importedFrom: imported?.file ?? null };
}

/** Which file an imported delivery came from. */
export function writeImportSource(db: DatabaseSync, id: number, file: string): void {
  db.prepare('INSERT OR REPLACE INTO delivery_imports (id, file) VALUES (?, ?)').run(id, file);
}

/** Sets both; a delivery neither pinned nor noted loses its row. False when there is no such delivery. */
export function writeMark(db: DatabaseSync, id: number, mark: DeliveryMark): boolean {
  if (!db.prepare('SELECT 1 FROM deliveries WHERE id = ?').get(id)) return false;
  const note = mark.note?.trim() || null;
  if (!mark.pinned && note === null) db.prepare('DELETE FROM delivery_marks WHERE id = ?').run(id);
  else {
    const params: SQLInputValue[] = [id, mark.pinned ? 1 : 0, note];
    db.prepare('INSERT INTO delivery_marks (id, pinned, note) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET pinned = excluded.pinned, note = excluded.note').run(...params);
  }
  return true;
}
