import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './app-store';
import type { AppState } from './types';

export const AppStoreContext = createContext<AppStore | null>(null);

/** Reads a slice of the app state; re-renders only when the selected value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useApp needs an AppStoreContext provider');
  return useStore(store, selector);
}
