import type { DatabaseSync } from 'node:sqlite';

/** The search index's own file, beside hookbench.db: its writes never take the lock a capture needs. */
export const SEARCH_INDEX_FILE = 'hookbench-search.db';

/**
 * In the store itself (migration 7): a random token naming this store. The index records the token it was
 * built for, so an index left from a store that was moved aside, recovered or replaced is rebuilt, never
 * trusted (ids start again in a new store).
 */
export const SEARCH_LINK_SCHEMA = `
CREATE TABLE IF NOT EXISTS search_link (token TEXT NOT NULL);
INSERT INTO search_link (token) SELECT lower(hex(randomblob(16))) WHERE NOT EXISTS (SELECT 1 FROM search_link);
`;

/**
 * Attaches the search index as `search` (an empty one, in the temp schema, when `path` is null) and makes sure it belongs
 * to this store. In the index: an FTS5 table with the trigram tokenizer (any substring of 3 or more characters
 * is found, case folded), contentless (no second copy of the text; rowid is the delivery's id);
 * `indexed_through` is its high-water mark: every delivery up to it is indexed, the rest are searched by a
 * scan; a body longer than the indexer's cap is indexed in part and listed in `search_partial`.
 * With `readOnly` (an export, a list) nothing is written: an index that is missing or another store's is replaced
 * by an empty one in the temp schema, so every delivery is searched by a scan. Also run as source text on the reader's
 * thread (sql-thread.ts), so it uses nothing from outside its body.
 */
export function attachSearchIndex(db: DatabaseSync, path: string | null, readOnly = false): void {
  // A store older than its table of undone deletes (read-only, so not migrated) has none to scan: an empty one in temp.
  if (!db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'restored_ids'").get()) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS restored_ids (id INTEGER PRIMARY KEY)');
  }
  let token = '';
  try {
    token = (db.prepare('SELECT token FROM main.search_link').get() as { token: string } | undefined)?.token ?? '';
  } catch {
    // A store older than the index (read-only, so not migrated): nothing names it, and no index is its own.
  }
  // An empty index in the connection's temp schema (writable also on a read-only connection) when there is no file to use.
  let schema = 'temp';
  if (readOnly && path) {
    try {
      db.prepare('ATTACH DATABASE ? AS search').run(`file:${path}?mode=ro`);
      const state = db.prepare('SELECT store_token AS token FROM search.search_index_state').get() as { token: string } | undefined;
      if (token && state?.token === token) return;
      db.exec('DETACH DATABASE search');
    } catch {
      // No index there yet, or none that can be read: search by a scan.
    }
  } else if (path) {
    db.prepare('ATTACH DATABASE ? AS search').run(path);
    schema = 'search';
  }
  // The reader's thread and the indexer's (and other processes on the folder) may set up the index at once: the
  // journal mode and a deferred transaction that must become a write fail at once rather than wait, so they are
  // tried again shortly.
  // (BEGIN IMMEDIATE would also take the store's write lock, which a capture needs.)
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Setting the journal mode needs the file to itself for a moment, like the first write.
      if (schema === 'search') db.exec('PRAGMA search.journal_mode = WAL; PRAGMA search.synchronous = NORMAL;');
      createIndexTables(db, schema, token);
      return;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      const busy = error instanceof Error && /database is locked|SQLITE_BUSY/i.test(error.message);
      if (!busy || attempt >= 100) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 + attempt);
    }
  }

  function createIndexTables(db: DatabaseSync, schema: string, token: string): void {
    db.exec('BEGIN');
    db.exec(`
CREATE TABLE IF NOT EXISTS ${schema}.search_index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1), indexed_through INTEGER NOT NULL, store_token TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS ${schema}.search_text USING fts5(
  path, event, headers, body, tokenize = 'trigram', content = '', contentless_delete = 1
);
CREATE TABLE IF NOT EXISTS ${schema}.search_partial (id INTEGER PRIMARY KEY);`);
    const state = db.prepare(`SELECT store_token AS token FROM ${schema}.search_index_state`).get() as { token: string } | undefined;
    if (state?.token !== token) {
      db.exec(`INSERT INTO ${schema}.search_text (search_text) VALUES ('delete-all'); DELETE FROM ${schema}.search_partial;`);
      db.prepare(`INSERT OR REPLACE INTO ${schema}.search_index_state (id, indexed_through, store_token) VALUES (1, 0, ?)`).run(token);
    }
    db.exec('COMMIT');
  }
}
