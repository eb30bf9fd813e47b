import { useEffect } from 'react';
import { matchesKey, type ShortcutName } from '@shared/key-map';
import { isTypingTarget } from './typing-target';

/**
 * Runs `action` on the shortcut's key anywhere in the window while the component is shown: in a field being typed
 * in only with `inFields` (Send's key, which types nothing), and not when a focused widget already took the key.
 */
export function useShortcut(name: ShortcutName, action: () => unknown, { inFields = false } = {}): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || (!inFields && isTypingTarget(event.target)) || !matchesKey(name, event)) return;
      event.preventDefault();
      void action();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [name, action, inFields]);
}
