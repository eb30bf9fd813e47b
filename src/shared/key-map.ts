/**
 * The one key map: the renderer's handlers match events against it, and the browser face's `?` list and the
 * desktop app's Help → Keyboard Shortcuts are written from it, so a shortcut and its description never drift apart.
 */
export interface KeyBinding {
  /** KeyboardEvent.key values that trigger it. */
  keys: readonly string[];
  /** With Ctrl (Cmd on macOS), or with no Ctrl/Cmd/Alt at all (Shift is allowed: `?` and `R` need it on some layouts). */
  modifier: 'primary' | 'none';
  /** How the list writes the keys. */
  label: string;
  action: string;
}

export const KEY_MAP = {
  move: { keys: ['ArrowUp', 'ArrowDown'], modifier: 'none', label: '↑ / ↓', action: 'Move in the delivery list' },
  page: { keys: ['PageUp', 'PageDown'], modifier: 'none', label: 'PageUp / PageDown', action: 'Move 20 deliveries up / down' },
  ends: { keys: ['Home', 'End'], modifier: 'none', label: 'Home / End', action: 'Go to the newest / oldest delivery' },
  open: { keys: ['Enter'], modifier: 'none', label: 'Enter', action: 'Open the selected delivery' },
  search: { keys: ['/'], modifier: 'none', label: '/', action: 'Focus the search box' },
  clearSearch: { keys: ['Escape'], modifier: 'none', label: 'Esc', action: 'Clear the search (in the search box)' },
  replay: { keys: ['r', 'R'], modifier: 'none', label: 'R', action: 'Replay the selected delivery' },
  edit: { keys: ['e', 'E'], modifier: 'none', label: 'E', action: 'Edit the selected delivery and resend it from Compose' },
  send: { keys: ['Enter'], modifier: 'primary', label: 'Ctrl/Cmd+Enter', action: 'Send from Compose or Triggers' },
  help: { keys: ['?'], modifier: 'none', label: '?', action: 'Show this list of shortcuts' },
} as const satisfies Record<string, KeyBinding>;

export type ShortcutName = keyof typeof KEY_MAP;

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function matchesKey(name: ShortcutName, event: KeyPress): boolean {
  const binding: KeyBinding = KEY_MAP[name];
  const primary = event.ctrlKey || event.metaKey;
  const modifiersFit = binding.modifier === 'primary' ? primary && !event.altKey : !primary && !event.altKey;
  return modifiersFit && binding.keys.includes(event.key);
}

/** The list as shown: keys and what they do, in the key map's order. */
export function shortcutList(): Array<{ keys: string; action: string }> {
  return Object.values(KEY_MAP).map(({ label, action }) => ({ keys: label, action }));
}

/** The list as plain text, for the desktop app's Help dialog. */
export function shortcutsText(): string {
  return shortcutList().map(({ keys, action }) => `${keys.padEnd(20)}${action}`).join('\n');
}
