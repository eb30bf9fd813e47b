import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@shared/user-error';
import { FAILURE } from '@shared/errors';

const FILE_NAME = /^[\w.-]+\.json$/;

/** Changes on disk often come in bursts (an editor's save, a git checkout): one refresh per burst. */
const WATCH_SETTLE_MS = 100;

/** A file name from a display name: lower-case words joined by dashes, safe on every system. */
export function fileNameFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  if (!slug) throw new UserError(`"${name}" cannot name a file: use letters or digits.`);
  return `${slug}.json`;
}

/** Pretty-printed with a final newline, so that files kept in git diff line by line. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Parses a file's text, saying in words where it is not JSON (a hand edit gone wrong, a merge conflict). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`Not valid JSON: ${(error as Error).message}`);
  }
}

/** What a listed file turned out to be: its parsed value, or the reason it could not be read. */
export type ListedFile<T> = { file: string; modifiedAt: number } & ({ value: T; problem: null } | { value: null; problem: string });

/**
 * A folder of JSON files a team may keep in git (saved samples, trigger presets): listed with each
 * file's problem rather than hiding it, written atomically, and watched for edits made outside the app.
 */
export class JsonFolder {
  /** `kind` names the files in messages, e.g. "sample" or "trigger preset". */
  constructor(
    readonly path: string,
    private readonly kind: string,
  ) {}

  /** Only plain names inside the folder: never a path that could leave it. */
  checkFileName(file: unknown): string {
    if (typeof file !== 'string' || !FILE_NAME.test(file) || file.startsWith('.')) {
      throw new UserError(`"${String(file)}" is not a ${this.kind} file name.`);
    }
    return file;
  }

  list<T>(parse: (text: string) => T): ListedFile<T>[] {
    if (!existsSync(this.path)) return [];
    return readdirSync(this.path)
      .filter((file) => file.endsWith('.json') && !file.startsWith('.'))
      .sort()
      .map((file) => {
        const path = join(this.path, file);
        const modifiedAt = statSync(path).mtimeMs;
        try {
          return { file, modifiedAt, value: parse(readFileSync(path, 'utf8')), problem: null };
        } catch (error) {
          return { file, modifiedAt, value: null, problem: (error as Error).message };
        }
      });
  }

  read(file: unknown): string {
    const path = this.existing(file);
    return readFileSync(path, 'utf8');
  }

  /** Writes through a temporary file, so that a half-written file never shows up in git. */
  write(file: string, text: string, { overwrite = false } = {}): void {
    const path = join(this.path, this.checkFileName(file));
    if (!overwrite && existsSync(path)) {
      throw new UserError(`A ${this.kind} file ${file} already exists in ${this.path}: choose another name or overwrite it.`, FAILURE.fileExists);
    }
    mkdirSync(this.path, { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  }

  remove(file: unknown): void {
    unlinkSync(this.existing(file));
  }

  /** Calls `changed` after files are added, edited or removed, by the app or by anyone else. */
  watch(changed: () => void): () => void {
    mkdirSync(this.path, { recursive: true });
    let timer: NodeJS.Timeout | null = null;
    const watcher = watch(this.path, (_event, file) => {
      if (file && !String(file).endsWith('.json')) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(changed, WATCH_SETTLE_MS);
    });
    watcher.on('error', () => watcher.close());
    return () => {
      if (timer) clearTimeout(timer);
      watcher.close();
    };
  }

  private existing(file: unknown): string {
    const path = join(this.path, this.checkFileName(file));
    if (!existsSync(path)) throw new UserError(`There is no ${this.kind} file ${String(file)} in ${this.path}.`, FAILURE.noSuchFile);
    return path;
  }
}

/** Keeps one watch on the folder the settings name now, moving it when they name another. */
export class FolderWatch {
  private stopWatching: (() => void) | null = null;
  private started = false;

  constructor(
    private readonly folder: () => { path: string; watch(changed: () => void): () => void },
    private readonly changed: (path: string) => void,
  ) {}

  start(): void {
    this.stop();
    this.started = true;
    const folder = this.folder();
    try {
      this.stopWatching = folder.watch(() => this.changed(folder.path));
    } catch {
      // An unusable folder is reported when its files are listed or saved; the rest of the app goes on regardless.
      this.stopWatching = null;
    }
  }

  /** After the settings name another folder: watches that one instead, once started. */
  moved(): void {
    if (this.started) this.start();
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.started = false;
  }
}

/**
 * A folder of one kind of named JSON file (trigger presets, routes): each value checked before it is written,
 * to the file given or to one named after it, and files removed and watched.
 */
export class NamedJsonFiles<T extends { name: string }> {
  protected readonly files: JsonFolder;

  constructor(
    readonly path: string,
    kind: string,
    private readonly check: (value: unknown) => T,
  ) {
    this.files = new JsonFolder(path, kind);
  }

  /** Writes to `file`, or to a file named after the value; returns the file name. */
  save(value: unknown, file: string | null = null, { overwrite = false } = {}): string {
    const checked = this.check(value);
    const target = file === null ? fileNameFor(checked.name) : this.files.checkFileName(file);
    this.files.write(target, prettyJson(checked), { overwrite });
    return target;
  }

  delete(file: string): void {
    this.files.remove(file);
  }

  watch(changed: () => void): () => void {
    return this.files.watch(changed);
  }
}
