import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';

type Row = Record<string, SQLInputValue>;

/** A deleted delivery's rows in every table that holds it, column for column, so that it can be put back as it was. */
export interface TakenOutRows {
  ids: number[];
  tables: Record<string, Row[]>;
  /** Bytes of bodies held, to bound what an undo keeps in memory. */
  bytes: number;
}

const TABLES = ['deliveries', 'exchanges', 'delivery_marks', 'delivery_imports'] as const;

export function readRows(db: DatabaseSync, ids: readonly number[]): TakenOutRows {
  const tables: Record<string, Row[]> = {};
  let bytes = 0;
  for (const table of TABLES) {
    const select = db.prepare(`SELECT * FROM ${table} WHERE id = ?`);
    tables[table] = ids.flatMap((id) => select.all(id) as Row[]);
    for (const row of tables[table]) for (const value of Object.values(row)) if (value instanceof Uint8Array) bytes += value.byteLength;
  }
  return { ids: tables.deliveries.map((row) => Number(row.id)), tables, bytes };
}

/** Puts rows back under their own ids (AUTOINCREMENT allows an explicit one); rows back already are left alone. */
export function writeRows(db: DatabaseSync, rows: TakenOutRows, ids: ReadonlySet<number>): number {
  // A capture's forward leg comes back with it.
  const legs = rows.tables.deliveries.filter((row) => row.origin === 'forwarded' && ids.has(Number(row.parent_id)));
  const wanted = new Set([...ids, ...legs.map((row) => Number(row.id))]);
  let restored = 0;
  // One statement per table and set of columns, not one per row: an undo of 10 000 deletes prepared 30 000.
  const inserts = new Map<string, StatementSync>();
  for (const table of TABLES) {
    for (const row of rows.tables[table].filter((candidate) => wanted.has(Number(candidate.id)))) {
      const columns = Object.keys(row);
      const sql = `INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      let insert = inserts.get(sql);
      if (!insert) inserts.set(sql, (insert = db.prepare(sql)));
      const changes = Number(insert.run(...columns.map((column) => row[column])).changes);
      if (table === 'deliveries' && ids.has(Number(row.id))) restored += changes;
    }
  }
  return restored;
}
