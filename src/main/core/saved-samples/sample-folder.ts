import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../user-error';
import type { SavedSample, SavedSampleEntry } from '../../../shared/saved-sample';
import { checkFileName, fileNameFor, parseSample, serializeSample } from './sample-file';

/** Changes on disk often come in bursts (an editor's save, a git checkout): one refresh per burst. */
const WATCH_SETTLE_MS = 100;

/** The folder of saved samples: one JSON file per sample, listed, read, written and watched. */
export class SampleFolder {
  constructor(readonly path: string) {}

  list(): SavedSampleEntry[] {
    if (!existsSync(this.path)) return [];
    return readdirSync(this.path)
      .filter((file) => file.endsWith('.json') && !file.startsWith('.'))
      .sort()
      .map((file) => this.entry(file));
  }

  read(file: string): SavedSample {
    const path = join(this.path, checkFileName(file));
    if (!existsSync(path)) throw new UserError(`There is no sample file ${file} in ${this.path}.`);
    return parseSample(readFileSync(path, 'utf8'));
  }

  /** Writes through a temporary file, so that a half-written sample never shows up in git. */
  save(sample: SavedSample, { overwrite = false } = {}): string {
    const checked = parseSample(JSON.stringify(sample ?? null));
    const file = fileNameFor(checked.name);
    const path = join(this.path, file);
    if (!overwrite && existsSync(path)) {
      throw new UserError(`A sample file ${file} already exists in ${this.path}: choose another name or overwrite it.`);
    }
    mkdirSync(this.path, { recursive: true });
    writeFileSync(`${path}.tmp`, serializeSample(checked));
    renameSync(`${path}.tmp`, path);
    return file;
  }

  /** Calls `changed` after files are added, edited or removed, by the app or by anyone else. */
  watch(changed: () => void): () => void {
    mkdirSync(this.path, { recursive: true });
    let timer: NodeJS.Timeout | null = null;
    const watcher: FSWatcher = watch(this.path, (_event, file) => {
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

  private entry(file: string): SavedSampleEntry {
    const path = join(this.path, file);
    const modifiedAt = statSync(path).mtimeMs;
    try {
      const sample = parseSample(readFileSync(path, 'utf8'));
      return { file, name: sample.name, event: sample.event, variant: sample.variant, modifiedAt, problem: null };
    } catch (error) {
      return { file, name: file, event: null, variant: null, modifiedAt, problem: (error as Error).message };
    }
  }
}
