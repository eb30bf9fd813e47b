import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { LOW_PRIORITY_SOURCE } from './low-priority-thread';

/**
 * Schema version 5 puts the body columns last in `exchanges` (response_body, then request_body): SQLite reads a
 * row's columns in order, so a column after a 25 MB body costs a walk through that body's overflow pages. SQLite
 * cannot move a column, so the table is rebuilt: a new table `exchanges_v5` is filled in chunks by a thread of its
 * own while the receiver keeps writing to `exchanges` (inserts name their columns, so both layouts take them), and
 * a trigger repeats every delete into the copy. The chunk that catches up swaps the tables in its own transaction;
 * the old table is then emptied in chunks and dropped. Each chunk commits on its own, so a process killed at any
 * point leaves a store that opens and goes on from where it was.
 */
const NEW_TABLE = 'exchanges_v5';
const OLD_TABLE = 'exchanges_before_v5';
const FOLLOW_TRIGGER = 'exchanges_v5_follows_deletes';
const BODY_COLUMNS_LAST = ['response_body', 'request_body'];
/** Rows per chunk: about a millisecond or two of holding the write lock for deliveries of a few KB. */
const CHUNK_ROWS = 500;
/** Stores this small are rebuilt while the migration runs; a bigger one is updated while it is in use. */
export const INLINE_REBUILD_MAX_ROWS = 20_000;

type Db = DatabaseSync;

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The statements the rebuild runs, the same whether inline or on its thread. */
export interface RebuildSql {
  copyChunk: string;
  swap: string;
  emptyChunk: string;
  dropOld: string;
}

function rebuildSql(columns: string): RebuildSql {
  return {
    copyChunk: `INSERT INTO ${NEW_TABLE} (${columns}) SELECT ${columns} FROM exchanges
      WHERE id > (SELECT coalesce(max(id), 0) FROM ${NEW_TABLE}) ORDER BY id LIMIT ${CHUNK_ROWS}`,
    swap: `DROP TRIGGER ${FOLLOW_TRIGGER}; ALTER TABLE exchanges RENAME TO ${OLD_TABLE}; ALTER TABLE ${NEW_TABLE} RENAME TO exchanges;`,
    emptyChunk: `DELETE FROM ${OLD_TABLE} WHERE id IN (SELECT id FROM ${OLD_TABLE} ORDER BY id LIMIT ${CHUNK_ROWS})`,
    dropOld: `DROP TABLE ${OLD_TABLE}`,
  };
}

function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function columnsOf(db: Db, table: string): ColumnInfo[] {
  return db.prepare(`PRAGMA table_info(${table})`).all() as unknown as ColumnInfo[];
}

/** The column list to copy, in the new table's order. */
function copiedColumns(db: Db): string {
  return columnsOf(db, NEW_TABLE).map((c) => quoted(c.name)).join(', ');
}

/** The new table from the old one's own columns (whatever an old store has), body columns moved last. */
function newTableSql(columns: ColumnInfo[]): string {
  const rank = (c: ColumnInfo) => BODY_COLUMNS_LAST.indexOf(c.name);
  const ordered = [...columns.filter((c) => rank(c) < 0), ...columns.filter((c) => rank(c) >= 0).sort((a, b) => rank(a) - rank(b))];
  const definitions = ordered.map((c) =>
    [quoted(c.name), c.type, c.pk ? 'PRIMARY KEY' : '', c.notnull ? 'NOT NULL' : '', c.dflt_value !== null ? `DEFAULT ${c.dflt_value}` : '']
      .filter(Boolean)
      .join(' '),
  );
  return `CREATE TABLE ${NEW_TABLE} (${definitions.join(', ')})`;
}

/** Migration 5, inside the migration's transaction: starts the rebuild, and finishes it at once for a small store. */
export function beginExchangesRebuild(db: Db): void {
  db.exec(`${newTableSql(columnsOf(db, 'exchanges'))};
CREATE TRIGGER ${FOLLOW_TRIGGER} AFTER DELETE ON exchanges BEGIN DELETE FROM ${NEW_TABLE} WHERE id = old.id; END;`);
  const { n } = db.prepare('SELECT count(*) AS n FROM exchanges').get() as { n: number };
  if (n > INLINE_REBUILD_MAX_ROWS) return;
  const sql = rebuildSql(copiedColumns(db));
  const copy = db.prepare(sql.copyChunk);
  while (Number(copy.run().changes) === CHUNK_ROWS);
  db.exec(`${sql.swap} ${sql.dropOld}`);
}

/** True while a store still has part of the rebuild to do (also after a process doing it was killed). */
export function exchangesRebuildPending(db: Db): boolean {
  return tableExists(db, NEW_TABLE) || tableExists(db, OLD_TABLE);
}

/** Copied and total rows, when the thread has counted them. */
export interface RebuildProgress {
  done: number;
  total: number;
}

/**
 * The thread's code, plain JavaScript kept as text so it runs the same bundled and under the test runner. It
 * pauses after each chunk for as long as the chunk took, so the receiver's writes get the lock in between.
 */
const THREAD_SOURCE = `
const { DatabaseSync } = require('node:sqlite');
const { workerData, parentPort } = require('node:worker_threads');
const { path, names, sql } = workerData;
// Background work: it gives way to the receiver when the cores are busy.
${LOW_PRIORITY_SOURCE}const db = new DatabaseSync(path);
db.exec('PRAGMA busy_timeout = 5000');
const pause = new Int32Array(new SharedArrayBuffer(4));
const exists = (name) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
const count = (table) => exists(table) ? db.prepare('SELECT count(*) AS n FROM ' + table).get().n : 0;
function chunk(work) {
  const started = performance.now();
  db.exec('BEGIN IMMEDIATE');
  try {
    const more = work();
    db.exec('COMMIT');
    Atomics.wait(pause, 0, 0, Math.max(1, performance.now() - started));
    return more;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
// Progress counts the rows to copy and then the old rows to clear, so a run that resumes either phase goes on from there.
const copying = exists(names.newTable);
const rows = count('exchanges');
let total = 2 * rows;
let done = copying ? count(names.newTable) : 2 * rows - count(names.oldTable);
const report = () => parentPort.postMessage({ done: Math.min(done, total), total });
report();
if (copying) {
  const copy = db.prepare(sql.copyChunk);
  let more = true;
  while (more) {
    more = chunk(() => {
      if (!exists(names.newTable)) return false;
      const copied = Number(copy.run().changes);
      done += copied;
      if (copied === names.chunkRows) return true;
      db.exec(sql.swap);
      // Deliveries that came in while copying are in the new table too: the old rows to clear are as many.
      total = Math.max(total, 2 * done);
      return false;
    });
    report();
  }
}
if (exists(names.oldTable)) {
  const empty = db.prepare(sql.emptyChunk);
  let more = true;
  while (more) {
    more = chunk(() => {
      const cleared = Number(empty.run().changes);
      done += cleared;
      return cleared === names.chunkRows;
    });
    report();
  }
  chunk(() => (exists(names.oldTable) && db.exec(sql.dropOld), false));
}
parentPort.postMessage({ done: total, total });
db.close();
`;

/** Runs what is left of the rebuild on a thread; `progress` hears of each chunk, `finished` once it is all done. */
export class ExchangesRebuild {
  private readonly worker: Worker;
  readonly finished: Promise<void>;

  constructor(path: string, db: Db, progress: (p: RebuildProgress) => void) {
    const columns = tableExists(db, NEW_TABLE) ? copiedColumns(db) : '';
    this.worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: {
        path,
        sql: rebuildSql(columns),
        names: { newTable: NEW_TABLE, oldTable: OLD_TABLE, chunkRows: CHUNK_ROWS },
      },
    });
    this.worker.on('message', progress);
    this.finished = new Promise((resolve, reject) => {
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the store update stopped (exit code ${code})`))));
    });
  }

  /** Stops between two chunks' worth of work at the latest; what is committed stays, and the next open goes on. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
