import type { StorageProblem, StorageProblemKind } from '@shared/contract';
import { UserError } from '@shared/user-error';
import { SCHEMA_VERSION } from './schema';

/** The store cannot keep deliveries, for the reason it carries: a refusal shown to the user as it is. */
export class StoreProblemError extends UserError {
  override name = 'StoreProblemError';
  constructor(readonly problem: StorageProblem) {
    super(problem.message);
  }
}

const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_NOTADB = 26;
const SQLITE_READONLY = 8;

/** SQLite's primary result code, from node:sqlite's error (extended codes keep it in the low byte). */
export function sqliteCode(error: unknown): number | null {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const OTHER_FOLDER = 'start Hookbench with another --data-dir (or HOOKBENCH_DATA_DIR)';

function wordsFor(kind: StorageProblemKind, file: string, detail: string): string {
  switch (kind) {
    case 'corrupt':
      return `${file} is not a Hookbench store (${detail}), so no delivery can be kept in it. Move it aside ` +
        `(it is kept as hookbench.db.corrupt-<time>) and start with an empty store, or ${OTHER_FOLDER}.`;
    case 'damaged':
      return `${file} is damaged: SQLite's check found unreadable pages (${detail}). Recover the readable ` +
        `deliveries into a fresh store (the damaged file is kept as hookbench.db.corrupt-<time>), move it aside ` +
        `and start empty, or ${OTHER_FOLDER}.`;
    case 'foreign':
      return `${file} belongs to another program (${detail}); Hookbench will not write into it. Move it ` +
        `aside (it is kept as hookbench.db.corrupt-<time>) and start with an empty store, or ${OTHER_FOLDER}.`;
    case 'read-only':
      return `The data folder cannot be written (${detail}), so no delivery can be kept. Make ${file} ` +
        `writable, or ${OTHER_FOLDER}. Exporting what it holds still works.`;
    case 'newer-version':
      return `${file} was made by a newer Hookbench (${detail}; this one knows version ${SCHEMA_VERSION}). ` +
        `It is left untouched: run the newer Hookbench, or ${OTHER_FOLDER}.`;
    case 'unopenable':
      return `${file} cannot be opened (${detail}), so no delivery can be kept. Check the file and its ` +
        `folder, or ${OTHER_FOLDER}.`;
  }
}

export function storeProblem(kind: StorageProblemKind, file: string, detail: string): StoreProblemError {
  return new StoreProblemError({ kind, file, message: wordsFor(kind, file, detail) });
}

/** What SQLite's failure to open or read `file` means for the user. */
export function problemFromOpenError(error: unknown, file: string): StoreProblemError {
  const code = sqliteCode(error);
  const detail = describe(error);
  if (code === SQLITE_NOTADB) return storeProblem('corrupt', file, detail);
  if (code === SQLITE_CORRUPT) return storeProblem('damaged', file, detail);
  if (code === SQLITE_READONLY) return storeProblem('read-only', file, detail);
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (errno === 'EROFS' || errno === 'EACCES' || errno === 'EPERM') return storeProblem('read-only', file, detail);
  return storeProblem('unopenable', file, detail);
}

/**
 * Why a write failed, in words: a full disk says so rather than surfacing the failed statement
 * (or the ROLLBACK after it).
 */
export function writeFailure(error: unknown, dataDir: string): Error {
  if (error instanceof StoreProblemError) return error;
  const code = sqliteCode(error);
  if (code === SQLITE_FULL) {
    return new Error(`disk full: the disk holding ${dataDir} has no room left. Free some space, or start Hookbench with another --data-dir.`);
  }
  if (code === SQLITE_READONLY) return new Error(`the data folder ${dataDir} became read-only (${describe(error)}).`);
  return error instanceof Error ? error : new Error(String(error));
}
