import type { CheckFileEntry } from '@shared/check-run';
import { JsonFolder } from '../json-folder/json-folder';
import { parseCheckFile, type CheckFile } from './check-file';

/** Where check files live: a `checks` folder inside the samples folder, beside `routes` and `triggers`, so all travel in one repository. */
export const CHECKS_SUBFOLDER = 'checks';

export class CheckFolder {
  private readonly files: JsonFolder;

  constructor(readonly path: string) {
    this.files = new JsonFolder(path, 'check');
  }

  list(): CheckFileEntry[] {
    return this.files.list(parseCheckFile).map(({ file, value, problem }) => ({ file, name: value?.name ?? file, target: value?.target ?? null, problem }));
  }

  read(file: string): CheckFile {
    return parseCheckFile(this.files.read(file));
  }
}
