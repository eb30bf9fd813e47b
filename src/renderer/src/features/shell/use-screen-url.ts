import { useEffect } from 'react';
import { useApp } from '../../store/use-app';
import { screenOfHash } from './screen-url';

/**
 * Shows the screen a link or the address bar names, from any screen: a Checks cell's `#/inbox?id=…` opens the
 * Inbox, which then reads the rest of the hash itself.
 */
export function useScreenUrl(): void {
  const showScreen = useApp((state) => state.shell.showScreen);
  useEffect(() => {
    function follow(): void {
      const screen = screenOfHash(window.location.hash);
      if (screen) showScreen(screen);
    }
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [showScreen]);
}
