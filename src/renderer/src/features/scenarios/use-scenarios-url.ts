import { useEffect, useState } from 'react';
import { useApp } from '../../store/use-app';

export const SCENARIOS_HASH = '#/scenarios';

/** `#/scenarios` opens the Scenarios screen (on arrival and when a link changes the hash), and shows while it is open. */
export function useScenariosUrl(): void {
  const screen = useApp((state) => state.shell.screen);
  const showScreen = useApp((state) => state.shell.showScreen);
  // Read while the window first renders: the inbox, shown first, writes its own hash in its effects.
  const [arrivedAt] = useState(() => window.location.hash);

  useEffect(() => {
    if (arrivedAt === SCENARIOS_HASH) showScreen('scenarios');
    const follow = () => {
      if (window.location.hash === SCENARIOS_HASH) showScreen('scenarios');
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [arrivedAt, showScreen]);

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
