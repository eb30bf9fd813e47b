import type { DatabaseSync } from 'node:sqlite';

function highestId(db: DatabaseSync): number {
  for (const table of ['deliveries', 'exchanges']) {
    try {
      const { id } = db.prepare(`SELECT max(id) AS id FROM ${table}`).get() as { id: number | null };
      if (id !== null) return id;
    } catch {
      // The rightmost page of this table is damaged too: try the other one.
    }
  }
  return 0;
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
  const highest = highestId(db);
  for (let id = last + 1; id <= highest; id++) yield id;
}
