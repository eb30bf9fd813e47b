import { accessSync, chmodSync, closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { UserError } from '@shared/user-error';
import { HOOKBENCH_APPLICATION_ID, SCHEMA_VERSION, migrate, schemaVersionOf } from './schema';
import { describe, problemFromOpenError, storeProblem, StoreProblemError } from './store-problem';
import { attachSearchIndex } from './search-index-schema';

export const DATABASE_FILE = 'hookbench.db';
/** The files SQLite keeps beside the database in WAL mode; they move and are protected with it. */
export const COMPANION_SUFFIXES = ['-wal', '-shm'] as const;
const QUICK_CHECK_ERRORS_SHOWN = 3;

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Captured deliveries hold inbound tokens: a folder we create is ours only (0700). */
function makePrivateFolder(dataDir: string, file: string): void {
  let created: string | undefined;
  try {
    created = mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw problemFromOpenError(error, dataDir);
  }
  if (created !== undefined) chmodSync(dataDir, 0o700); // the umask may have widened it
  if (!statSync(dataDir).isDirectory()) throw storeProblem('unopenable', dataDir, 'it is a file, not a folder');
  if (!isWritable(dataDir)) throw storeProblem('read-only', dataDir, `${dataDir} is not writable`);
  if (existsSync(file) && !isWritable(file)) throw storeProblem('read-only', file, `${file} is not writable`);
}

/** A new database file starts 0600; SQLite gives the WAL and SHM the database's own mode. */
export function createPrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'wx', 0o600));
}

/** 0600 for the database, its WAL and SHM, also for a store made before files were kept private. */
function makeFilesPrivate(file: string): void {
  for (const path of [file, ...COMPANION_SUFFIXES.map((suffix) => file + suffix)]) {
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}

/** Refuses another program's database and a newer Hookbench's store, before anything is written to either. */
function checkIdentity(db: DatabaseSync, file: string): void {
  const { application_id: appId } = db.prepare('PRAGMA application_id').get() as { application_id: number };
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
  if (appId !== 0 && appId !== HOOKBENCH_APPLICATION_ID) {
    throw storeProblem('foreign', file, `its application id is 0x${appId.toString(16)}, not Hookbench's`);
  }
  if (appId === 0 && tables.length > 0 && !tables.includes('deliveries')) {
    throw storeProblem('foreign', file, `it holds the tables ${tables.slice(0, 5).join(', ')} and no deliveries`);
  }
  const version = schemaVersionOf(db);
  if (version > SCHEMA_VERSION) throw storeProblem('newer-version', file, `its schema version is ${version}`);
}

/** Page-level damage, found by SQLite's quick_check (it reads every page once, without cross-checking indexes). */
function checkPages(db: DatabaseSync, file: string): void {
  const rows = db.prepare(`PRAGMA quick_check(${QUICK_CHECK_ERRORS_SHOWN})`).all() as Array<{ quick_check: string }>;
  const findings = rows.flatMap((r) => r.quick_check.split('\n')).filter((line) => !line.startsWith('***'));
  if (findings.length !== 1 || findings[0] !== 'ok') {
    throw storeProblem('damaged', file, findings.slice(0, QUICK_CHECK_ERRORS_SHOWN).join('; '));
  }
}

/**
 * Opens the data folder's store for writing, or throws a StoreProblemError saying why it cannot keep
 * deliveries. Nothing is written to a file that is refused.
 */
export function openStoreFile(dataDir: string): DatabaseSync {
  const file = join(dataDir, DATABASE_FILE);
  makePrivateFolder(dataDir, file);
  let db: DatabaseSync | undefined;
  try {
    createPrivateFile(file);
    db = new DatabaseSync(file);
    db.exec('PRAGMA busy_timeout = 5000');
    checkIdentity(db, file);
    checkPages(db, file);
    // NORMAL under WAL: a commit is in the OS's hands before we acknowledge, so killing the
    // process loses nothing acknowledged; only a power cut could, and it costs no fsync per burst.
    // SQLite's 4 KiB pages: a hook alone in its commit (every hook below a few hundred a second) writes 3-4 pages to
    // the WAL, 14 KB with these against 48 KB with 16 KiB pages, which also measured 30-40 µs more per commit; under
    // wrk the capture ratio was the same (0.65 against 0.62, medians of 9 rounds). A store made with 16 KiB keeps them.
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    migrate(db);
    makeFilesPrivate(file);
    return db;
  } catch (error) {
    db?.close();
    throw error instanceof StoreProblemError ? error : problemFromOpenError(error, file);
  }
}

export interface ReadingStore {
  db: DatabaseSync;
  /** Removes the private copy a read-only folder needed, if any. */
  release(): void;
}

/**
 * Opens the store for an export, writing nothing. In a folder that cannot be written SQLite cannot make the
 * WAL index it needs, so the store is read in place as immutable, or from a private copy when it has a WAL
 * whose deliveries are not yet in the main file.
 */
export function openStoreForReading(dataDir: string): ReadingStore {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) throw new UserError(`No deliveries are stored in ${dataDir} (there is no ${DATABASE_FILE}).`);
  let copyDir: string | null = null;
  try {
    let db: DatabaseSync;
    if (isWritable(dataDir)) {
      db = new DatabaseSync(file, { readOnly: true });
    } else if (existsSync(file + '-wal') && statSync(file + '-wal').size > 0) {
      copyDir = mkdtempSync(join(tmpdir(), 'hookbench-export-'));
      for (const name of [DATABASE_FILE, DATABASE_FILE + '-wal']) copyFileSync(join(dataDir, name), join(copyDir, name));
      // A private copy, so it may be opened for writing: SQLite needs that to read the WAL it has.
      db = new DatabaseSync(join(copyDir, DATABASE_FILE));
    } else {
      const url = pathToFileURL(file);
      url.searchParams.set('immutable', '1');
      db = new DatabaseSync(url, { readOnly: true });
    }
    db.exec('PRAGMA busy_timeout = 5000;');
    checkIdentity(db, file);
    const dir = copyDir;
    return { db, release: () => dir && rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
    const problem = error instanceof StoreProblemError ? error : problemFromOpenError(error, file);
    throw new UserError(`Could not read ${file}: ${problem.problem.kind === 'unopenable' ? describe(error) : problem.message}`);
  }
}

/** A store in memory: asked for (--in-memory), or standing in for a folder that cannot keep deliveries. */
export function emptyMemoryStore(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  migrate(db);
  // Searched by a scan alone: nothing indexes a store in memory.
  attachSearchIndex(db, null);
  return db;
}
