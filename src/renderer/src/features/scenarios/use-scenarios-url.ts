import { useEffect } from 'react';
import { useApp } from '../../store/use-app';

export const SCENARIOS_HASH = '#/scenarios';

/** `#/scenarios` shows while the Scenarios screen is open (the shell's useScreenUrl opens it from a link). */
export function useScenariosUrl(): void {
  const screen = useApp((state) => state.shell.screen);

  useEffect(() => {
    const shown = window.location.hash === SCENARIOS_HASH;
    if (screen === 'scenarios' && !shown) replaceHash(SCENARIOS_HASH);
    // Leaving it: the hash no longer names it, so a reload opens where the user is (the inbox writes its own).
    if (screen !== 'scenarios' && shown) replaceHash('');
  }, [screen]);
}

function replaceHash(hash: string): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
}
