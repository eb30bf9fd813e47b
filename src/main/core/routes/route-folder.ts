import type { Route, RouteEntry } from '@shared/route';
import { JsonFolder, fileNameFor, prettyJson } from '../json-folder/json-folder';
import { checkedRoute, parseRouteFile } from './route-file';

/** Where routes live: a `routes` folder inside the saved samples folder, beside `triggers`, so all travel in one repository. */
export const ROUTES_SUBFOLDER = 'routes';

/** The folder of routes: one JSON file per route, listed in name order (the order they are tried), written and watched. */
export class RouteFolder {
  private readonly files: JsonFolder;

  constructor(
    readonly path: string,
    private readonly mocks: readonly string[],
  ) {
    this.files = new JsonFolder(path, 'route');
  }

  list(): RouteEntry[] {
    return this.files.list((text) => parseRouteFile(text, this.mocks)).map(({ file, value, problem }) => ({ file, route: value, problem }));
  }

  /** Writes to `file`, or to a file named after the route; returns the file name. */
  save(route: unknown, file: string | null = null, { overwrite = false } = {}): string {
    const checked: Route = checkedRoute(route, this.mocks);
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
