import { useEffect } from 'react';
import { useApp } from '../../store/use-app';

/**
 * A hookbench:// link opened in the desktop app shows its inbox place: the Inbox, with the hash the inbox reads
 * (`#/inbox?q=…&id=…`), as a bookmark in the browser face does.
 */
export function useDesktopLinks(): void {
  const showScreen = useApp((state) => state.shell.showScreen);
  useEffect(
    () =>
      window.hookbench?.desktop?.onOpenPlace((hash) => {
        showScreen('inbox');
        if (window.location.hash !== hash) window.location.hash = hash;
      }),
    [showScreen],
  );
}
