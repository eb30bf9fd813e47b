import type { Routes } from '@shared/contract';
import { describeError } from './describe-error';
import type { SliceCreator } from './types';

/**
 * The Routes screen's state: the routes in force as the core lists them, reloaded when route files change on disk
 * (the core's `routesChanged`), and a count of tunnel changes that the tunnel guide follows.
 */
export interface RoutesSlice {
  routes: Routes | null;
  routesError: string | null;
  /** Bumped on each `tunnelChanged`, so a mounted tunnel guide reads the guide again. */
  tunnelVersion: number;
  loadRoutes(): Promise<void>;
  tunnelChanged(): void;
}

export const createRoutesSlice: SliceCreator<'routes', RoutesSlice> = ({ set, get, client }) => ({
  routes: null,
  routesError: null,
  tunnelVersion: 0,
  async loadRoutes() {
    try {
      set({ routes: await client.listRoutes(), routesError: null });
    } catch (error) {
      set({ routesError: describeError('list the routes', error) });
    }
  },
  tunnelChanged() {
    set({ tunnelVersion: get().routes.tunnelVersion + 1 });
  },
});
