import type { DatabaseSync } from 'node:sqlite';
import { LEASE_SCHEMA } from '../lease/lease-table';
import { beginExchangesRebuild } from './exchanges-rebuild';
import { REMOVALS_SCHEMA } from './removals';
import { MARKS_SCHEMA } from './delivery-marks';
import { SEARCH_LINK_SCHEMA } from './search-index-schema';
import { PARENT_INDEX_SCHEMA } from './forward-legs';
import { RESTORED_IDS_SCHEMA } from './delivery-removal';
import { CHECK_RUNS_SCHEMA } from '../checks/check-run-table';

/**
 * The store's layout, as numbered migrations: `PRAGMA user_version` says how many a file has had, and
 * `PRAGMA application_id` marks the file as Hookbench's, so another program's database is never adopted.
 * The list reads only `deliveries`, a narrow table, so counting and paging 100 000 rows stays cheap;
 * headers and bodies live in `exchanges`, read one delivery at a time.
 */
export const HOOKBENCH_APPLICATION_ID = 0x486b6231; // "Hkb1"

type SchemaDb = DatabaseSync;

interface Migration {
  version: number;
  run(db: SchemaDb): void;
}

function addColumnIfMissing(db: SchemaDb, table: string, column: string, type: string): void {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
}

// Stores made before schema versions existed are at user_version 0 with some of these tables and columns,
// which is why the first migrations tolerate what is already there.
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    run: (db) =>
      db.exec(`
CREATE TABLE IF NOT EXISTS deliveries (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  parent_id INTEGER,
  received_at INTEGER NOT NULL,
  method TEXT NOT NULL,
  url TEXT NOT NULL,
  provider TEXT NOT NULL,
  event TEXT,
  status INTEGER,
  error_kind TEXT,
  duration_ms REAL,
  request_size INTEGER NOT NULL,
  over_limit INTEGER NOT NULL DEFAULT 0,
  token_check TEXT NOT NULL DEFAULT 'not-configured',
  signature_check TEXT NOT NULL DEFAULT 'not-configured'
);
CREATE TABLE IF NOT EXISTS exchanges (
  id INTEGER PRIMARY KEY,
  http_version TEXT NOT NULL,
  remote_address TEXT,
  request_headers TEXT NOT NULL,
  request_body BLOB,
  response_headers TEXT,
  response_body BLOB,
  response_size INTEGER,
  error_message TEXT
);`),
  },
  {
    version: 2,
    run: (db) => {
      addColumnIfMissing(db, 'exchanges', 'token_reason', 'TEXT');
      addColumnIfMissing(db, 'exchanges', 'signature_reason', 'TEXT');
    },
  },
  {
    // What lets every process on the folder see the others: removals counted, and who holds the receiver.
    version: 3,
    run: (db) => db.exec(REMOVALS_SCHEMA + LEASE_SCHEMA),
  },
  {
    // Ids are never reused, even after Clear all: a link or a note naming #12 never comes to mean another delivery.
    // The table is rebuilt from its own definition, so every column it has now is kept as it is.
    version: 4,
    run: (db) => {
      const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'deliveries'").get() as { sql: string };
      const rebuilt = sql
        .replace(/^CREATE TABLE (IF NOT EXISTS )?deliveries/i, 'CREATE TABLE deliveries_v4')
        .replace(/\bid INTEGER PRIMARY KEY\b/i, 'id INTEGER PRIMARY KEY AUTOINCREMENT');
      db.exec(`${rebuilt};
INSERT INTO deliveries_v4 SELECT * FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_v4 RENAME TO deliveries;`);
    },
  },
  {
    // Body columns last in exchanges; a big store is rebuilt after opening, off the capture path (exchanges-rebuild.ts).
    version: 5,
    run: beginExchangesRebuild,
  },
  {
    // Pins, notes and the file an imported delivery came from (delivery-marks.ts), beside the deliveries, so the
    // capture's insert is unchanged.
    version: 6,
    run: (db) => db.exec(MARKS_SCHEMA),
  },
  {
    // The token that ties the search index (its own file, filled by its own thread) to this store.
    // Self-contained: it touches no table another migration makes or changes.
    version: 7,
    run: (db) => db.exec(SEARCH_LINK_SCHEMA),
  },
  {
    // Each capture's forward leg found by its parent id, for the inbox's pair rows (forward-legs.ts).
    // Self-contained: one partial index that no other migration makes or needs.
    version: 8,
    run: (db) => db.exec(PARENT_INDEX_SCHEMA),
  },
  {
    // Check runs and which run and case sent each `check` delivery (checks/check-run-table.ts); self-contained.
    version: 9,
    run: (db) => db.exec(CHECK_RUNS_SCHEMA),
  },
  {
    // Deliveries an undo put back, which searches scan (delivery-removal.ts); self-contained: one new table.
    version: 10,
    run: (db) => db.exec(RESTORED_IDS_SCHEMA),
  },
];

/** The version this code writes; a store with a higher one was made by a newer Hookbench. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersionOf(db: SchemaDb): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

/**
 * Brings the store up to `target` (SCHEMA_VERSION unless a test builds an older store) in one transaction, without
 * touching what it holds. Long work a migration leaves (see exchangesRebuildPending) goes on after the store opens.
 */
export function migrate(db: SchemaDb, target = SCHEMA_VERSION): void {
  const from = schemaVersionOf(db);
  if (from >= target) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have migrated it while this one waited for the lock.
    const current = schemaVersionOf(db);
    for (const migration of MIGRATIONS) if (migration.version > current && migration.version <= target) migration.run(db);
    db.exec(`PRAGMA application_id = ${HOOKBENCH_APPLICATION_ID}; PRAGMA user_version = ${Math.max(current, target)}`);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
