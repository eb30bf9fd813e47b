import type { Screen } from '../../store/shell-slice';

const SCREENS: readonly Screen[] = ['inbox', 'compose', 'triggers', 'routes', 'checks', 'scenarios', 'samples', 'settings'];

/** The screen a `#/screen?…` link names (`#/inbox?id=12`, `#/checks?run=3`), or null for any other hash. */
export function screenOfHash(hash: string): Screen | null {
  const match = /^#\/([a-z]+)(?:\?.*)?$/.exec(hash);
  const named = match?.[1];
  return SCREENS.find((screen) => screen === named) ?? null;
}
