import type { DatabaseSync } from 'node:sqlite';

/** min(id) or max(id) of whichever table still answers, so a scan past damage stays within the stored ids. */
function boundingId(db: DatabaseSync, bound: 'min' | 'max'): number | null {
  for (const table of ['deliveries', 'exchanges']) {
    try {
      const { id } = db.prepare(`SELECT ${bound}(id) AS id FROM ${table}`).get() as { id: number | null };
      if (id !== null) return id;
    } catch {
      // The page holding that end of this table is damaged too: try the other one.
    }
  }
  return null;
}

/**
 * Every delivery id, oldest first, also in a damaged store: a scan that meets an unreadable page goes on
 * id by id up to the highest id, so the rows after the damage are still reached (and the caller sees
 * which ones fail when read).
 */
export function* storedIds(db: DatabaseSync): Generator<number> {
  let last = 0;
  try {
    for (const row of db.prepare('SELECT id FROM deliveries ORDER BY id').iterate()) {
      last = (row as { id: number }).id;
      yield last;
    }
    return;
  } catch {
    // Damage in the table's pages: point reads from here on.
  }
  const highest = boundingId(db, 'max') ?? 0;
  for (let id = Math.max(last + 1, boundingId(db, 'min') ?? 1); id <= highest; id++) yield id;
}
