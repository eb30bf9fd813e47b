import { useEffect } from 'react';
import { matchesKey, type ShortcutName } from '@shared/key-map';
import { isTypingTarget } from '../../components/typing-target';

/** Runs `action` on the shortcut's key, anywhere in the window but in a field being typed in. */
export function useShortcut(name: ShortcutName, action: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTypingTarget(event.target) || !matchesKey(name, event)) return;
      event.preventDefault();
      action();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [name, action]);
}
