import { chmodSync, closeSync, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { COMPANION_SUFFIXES, DATABASE_FILE } from './open-store';
import { migrate } from './schema';
import { storedIds } from './readable-ids';

const withCompanions = (file: string) => [file, ...COMPANION_SUFFIXES.map((suffix) => file + suffix)];

/** An ISO time that every file system accepts in a name (no colons). */
const fileTime = (at: Date) => at.toISOString().replace(/:/g, '-');

/**
 * Renames the data folder's hookbench.db, with its WAL and SHM, to hookbench.db.corrupt-<time>(-wal, -shm),
 * so the pair still opens together; returns the new name of the database file.
 */
export function moveStoreAside(dataDir: string, at = new Date()): string {
  const file = join(dataDir, DATABASE_FILE);
  const aside = `${file}.corrupt-${fileTime(at)}`;
  for (const suffix of ['', ...COMPANION_SUFFIXES]) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return basename(aside);
}

function columnsOf(db: DatabaseSync, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
}

export interface Recovery {
  recovered: number;
  /** Deliveries that could not be read whole (a damaged row, its headers or its bodies). */
  skipped: number[];
  /** Where the damaged file went. */
  movedTo: string;
}

/**
 * Copies every delivery that still reads whole out of a damaged hookbench.db into a fresh store, moves the
 * damaged file aside and puts the fresh one in its place. SQLite's `.recover` lives in its shell, not in
 * node:sqlite, so this reads row by row, which also gets past damage to the table's own pages.
 */
export function recoverReadableRows(dataDir: string): Recovery {
  const file = join(dataDir, DATABASE_FILE);
  const fresh = `${file}.recovering`;
  for (const path of withCompanions(fresh)) rmSync(path, { force: true });
  closeSync(openSync(fresh, 'wx', 0o600));
  const source = new DatabaseSync(file, { readOnly: true });
  const target = new DatabaseSync(fresh);
  let recovered = 0;
  const skipped: number[] = [];
  try {
    migrate(target);
    const copy = (['deliveries', 'exchanges'] as const).map((table) => {
      const kept = new Set(columnsOf(target, table));
      const columns = columnsOf(source, table).filter((c) => kept.has(c)).join(', ');
      const insert = target.prepare(`INSERT INTO ${table} (${columns}) VALUES (${columns.replace(/\w+/g, '?')})`);
      return {
        read: source.prepare(`SELECT ${columns} FROM ${table} WHERE id = ?`),
        write: (row: Record<string, unknown>) => insert.run(...(Object.values(row) as Array<string | number | null | Uint8Array>)),
      };
    });
    target.exec('BEGIN');
    for (const id of storedIds(source)) {
      let rows: Array<Record<string, unknown> | undefined>;
      try {
        rows = copy.map(({ read }) => read.get(id) as Record<string, unknown> | undefined);
      } catch {
        skipped.push(id);
        continue;
      }
      if (!rows[0]) continue; // a gap left by deletion or retention
      if (!rows[1]) {
        skipped.push(id);
        continue;
      }
      rows.forEach((row, i) => copy[i].write(row!));
      recovered++;
    }
    target.exec('COMMIT');
  } finally {
    source.close();
    target.close();
  }
  const movedTo = moveStoreAside(dataDir);
  renameSync(fresh, file);
  chmodSync(file, 0o600);
  return { recovered, skipped, movedTo };
}
