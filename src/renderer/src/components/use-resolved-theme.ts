import { useSyncExternalStore } from 'react';
import type { Settings } from '@shared/settings';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The theme actually shown: the user's choice, or the OS's while the choice is "system". */
export function useResolvedTheme(choice: Settings['appearance']['theme']): 'light' | 'dark' {
  const osPrefersDark = useSyncExternalStore(subscribe, () => darkQuery().matches);
  if (choice !== 'system') return choice;
  return osPrefersDark ? 'dark' : 'light';
}
