import { LEASE_SCHEMA } from '../lease/lease-table';
import { REMOVALS_SCHEMA } from './removals';

/**
 * The list reads only `deliveries`, a narrow table, so counting and paging 100 000 rows stays cheap;
 * headers and bodies live in `exchanges`, read one delivery at a time.
 */
export const SCHEMA = `
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
  error_message TEXT,
  token_reason TEXT,
  signature_reason TEXT
);
`;

/** Columns added after the first release, for databases created before them: [table, column, type]. */
const ADDED_COLUMNS = [
  ['exchanges', 'token_reason', 'TEXT'],
  ['exchanges', 'signature_reason', 'TEXT'],
] as const;

interface SchemaDb {
  exec(sql: string): void;
  prepare(sql: string): { all(): unknown[] };
}

/** Creates the tables, and brings an older file up to date without touching what it holds. */
export function applySchema(db: SchemaDb): void {
  db.exec(SCHEMA + REMOVALS_SCHEMA + LEASE_SCHEMA);
  for (const [table, column, type] of ADDED_COLUMNS) {
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
    if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}
