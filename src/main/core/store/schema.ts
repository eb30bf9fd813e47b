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
  error_message TEXT
);
`;
