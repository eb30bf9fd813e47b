/**
 * The routes in force for this process: the run's flag routes, then the routes folder (followed on disk, so
 * an edit in an editor or a git checkout applies to the next delivery), and the mocks a route may name.
 */
import type { Route, RouteEntry } from '@shared/route';
import { FolderWatch } from '../json-folder/json-folder';
import { MockRegistry } from './mock-registry';
import { RouteFolder } from './route-folder';
import { RouteTable } from './route-table';

export interface RouteKeeperOptions {
  /** The routes folder the settings name now. */
  folderPath: () => string;
  /** This run's routes from CLI flags, already checked. */
  flagRoutes: readonly RouteEntry[];
  /** After the routes in force changed (files edited, saved or removed). */
  changed: (folder: string) => void;
}

export class RouteKeeper {
  readonly mocks = new MockRegistry();
  readonly table = new RouteTable(this.mocks);
  private readonly watcher: FolderWatch;

  constructor(private readonly options: RouteKeeperOptions) {
    this.watcher = new FolderWatch(() => this.folder(), (path) => {
      this.reload();
      options.changed(path);
    });
  }

  folder(): RouteFolder {
    return new RouteFolder(this.options.folderPath(), this.mocks.names());
  }

  /** Every route in the order tried, each file with its problem if it cannot be used. */
  list(): RouteEntry[] {
    let files: RouteEntry[];
    try {
      files = this.folder().list();
    } catch (error) {
      // An unreadable folder is one problem to show, not a reason to drop the flag routes.
      files = [{ file: this.options.folderPath(), route: null, problem: (error as Error).message }];
    }
    return [...this.options.flagRoutes, ...files];
  }

  reload(): void {
    this.table.set(this.list());
  }

  save(route: Route, file: string | null, overwrite: boolean): string {
    const saved = this.folder().save(route, file, { overwrite });
    this.reload();
    return saved;
  }

  delete(file: string): void {
    this.folder().delete(file);
    this.reload();
  }

  start(): void {
    this.reload();
    this.watcher.start();
  }

  /** After the settings name another samples folder. */
  moved(): void {
    this.reload();
    this.watcher.moved();
  }

  stop(): void {
    this.watcher.stop();
  }
}
