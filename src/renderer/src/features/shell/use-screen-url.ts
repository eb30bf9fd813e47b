import { useEffect, useState } from 'react';
import { useApp } from '../../store/use-app';
import { screenOfHash } from './screen-url';

/**
 * Shows the screen a link or the address bar names, from any screen: a Checks cell's `#/inbox?id=…` opens the
 * Inbox, which then reads the rest of the hash itself.
 */
export function useScreenUrl(): void {
  const showScreen = useApp((state) => state.shell.showScreen);
  // Read while the window first renders: the inbox, shown first, may write its own hash in its effects.
  const [arrivedAt] = useState(() => window.location.hash);
  useEffect(() => {
    function follow(hash: string): void {
      const screen = screenOfHash(hash);
      if (screen) showScreen(screen);
    }
    follow(arrivedAt);
    const onHashChange = () => follow(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [arrivedAt, showScreen]);
}
