import type { Route, RouteEntry } from '@shared/route';
import { NamedJsonFiles } from '../json-folder/json-folder';
import { checkedRoute, parseRouteFile } from './route-file';

/** Where routes live: a `routes` folder inside the saved samples folder, beside `triggers`, so all travel in one repository. */
export const ROUTES_SUBFOLDER = 'routes';

/** The folder of routes: one JSON file per route, listed in name order (the order they are tried), written and watched. */
export class RouteFolder extends NamedJsonFiles<Route> {
  constructor(
    path: string,
    private readonly mocks: readonly string[],
  ) {
    super(path, 'route', (value) => checkedRoute(value, mocks));
  }

  list(): RouteEntry[] {
    return this.files.list((text) => parseRouteFile(text, this.mocks)).map(({ file, value, problem }) => ({ file, route: value, problem }));
  }
}
