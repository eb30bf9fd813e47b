import type { SavedSample, SavedSampleEntry } from '@shared/saved-sample';
import { JsonFolder, fileNameFor, prettyJson } from '../json-folder/json-folder';
import { parseSample } from './sample-file';

/** The folder of saved samples: one JSON file per sample, listed, read, written and watched. */
export class SampleFolder {
  private readonly files: JsonFolder;

  constructor(readonly path: string) {
    this.files = new JsonFolder(path, 'sample');
  }

  list(): SavedSampleEntry[] {
    return this.files.list(parseSample).map(({ file, modifiedAt, value, problem }) =>
      value
        ? { file, name: value.name, event: value.event, variant: value.variant, modifiedAt, problem: null }
        : { file, name: file, event: null, variant: null, modifiedAt, problem },
    );
  }

  read(file: string): SavedSample {
    return parseSample(this.files.read(file));
  }

  save(sample: SavedSample, { overwrite = false } = {}): string {
    const checked = parseSample(JSON.stringify(sample ?? null));
    const file = fileNameFor(checked.name);
    this.files.write(file, prettyJson(checked), { overwrite });
    return file;
  }

  /** Calls `changed` after files are added, edited or removed, by the app or by anyone else. */
  watch(changed: () => void): () => void {
    return this.files.watch(changed);
  }
}
