/**
 * The Routes screen's state, a store of its own: the routes in force as the core lists them, reloaded when
 * route files change on disk (the core's `routesChanged`).
 */
import { create } from 'zustand';
import type { ContractClient, Routes } from '@shared/contract';
import { describeError } from './describe-error';

interface RoutesState {
  routes: Routes | null;
  error: string | null;
  /** Bumped on each `routesChanged`, so a mounted screen reloads. */
  version: number;
  /** Bumped on each `tunnelChanged`. */
  tunnelVersion: number;
  changed(event: 'routesChanged' | 'tunnelChanged'): void;
  load(client: ContractClient): Promise<void>;
}

export const useRoutes = create<RoutesState>()((set) => ({
  routes: null,
  error: null,
  version: 0,
  tunnelVersion: 0,
  changed: (event) =>
    set((state) => (event === 'routesChanged' ? { version: state.version + 1 } : { tunnelVersion: state.tunnelVersion + 1 })),
  load: async (client) => {
    try {
      set({ routes: await client.listRoutes(), error: null });
    } catch (error) {
      set({ error: describeError('list the routes', error) });
    }
  },
}));
