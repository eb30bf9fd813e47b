import type { TriggerPreset, TriggerPresetEntry } from '@shared/trigger-preset';
import { JsonFolder, fileNameFor, prettyJson } from '../json-folder/json-folder';
import { parsePresetFile, presetForFile } from './preset-file';

/** Where presets live: a `triggers` folder inside the saved samples folder, so both travel in one git repository. */
export const PRESETS_SUBFOLDER = 'triggers';

/** The folder of trigger presets: one JSON file per preset, listed, read, written, deleted and watched. */
export class PresetFolder {
  private readonly files: JsonFolder;

  constructor(readonly path: string) {
    this.files = new JsonFolder(path, 'trigger preset');
  }

  /** Every preset file, with `nextRunAt` left null for the scheduler to fill. */
  list(): TriggerPresetEntry[] {
    return this.files.list(parsePresetFile).map(({ file, value, problem }) =>
      value
        ? { file, name: value.name, kind: value.kind, schedule: value.schedule, nextRunAt: null, problem: null }
        : { file, name: file, kind: null, schedule: null, nextRunAt: null, problem },
    );
  }

  read(file: string): TriggerPreset {
    return parsePresetFile(this.files.read(file));
  }

  /** Writes to `file`, or to a file named after the preset; returns the file name. */
  save(preset: unknown, file: string | null = null, { overwrite = false } = {}): string {
    const checked = presetForFile(preset);
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
