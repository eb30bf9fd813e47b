import type { TriggerPreset, TriggerPresetEntry } from '@shared/trigger-preset';
import { NamedJsonFiles } from '../json-folder/json-folder';
import { parsePresetFile, presetForFile } from './preset-file';

/** Where presets live: a `triggers` folder inside the saved samples folder, so both travel in one git repository. */
export const PRESETS_SUBFOLDER = 'triggers';

/** The folder of trigger presets: one JSON file per preset, listed, read, written, deleted and watched. */
export class PresetFolder extends NamedJsonFiles<TriggerPreset> {
  constructor(path: string) {
    super(path, 'trigger preset', presetForFile);
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
}
