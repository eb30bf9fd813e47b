/**
 * The one key map: the renderer's handlers match events against it, and the browser face's `?` list and the
 * desktop app's Help → Keyboard Shortcuts are written from it, so a shortcut and its description never drift apart.
 */
export interface KeyBinding {
  /** KeyboardEvent.key values that trigger it. */
  keys: readonly string[];
  /** With Ctrl (Cmd on macOS), or with no Ctrl/Cmd/Alt at all (Shift is allowed: `?` and `R` need it on some layouts). */
  modifier: 'primary' | 'none';
  /** Only with Shift held (Shift+↓ selects, ↓ alone moves). */
  shift?: boolean;
  /** How the list writes the keys, without the Ctrl/Cmd of a `primary` binding (see keysLabel). */
  label: string;
  action: string;
  /** How far each key moves the delivery list's cursor, in the order of `keys` (Infinity: to the end). */
  steps?: readonly number[];
}

export const KEY_MAP = {
  move: { keys: ['ArrowUp', 'ArrowDown'], steps: [-1, 1], modifier: 'none', label: '↑ / ↓', action: 'Move in the delivery list' },
  page: {
    keys: ['PageUp', 'PageDown'], steps: [-20, 20], modifier: 'none', label: 'PageUp / PageDown', action: 'Move 20 deliveries up / down',
  },
  ends: {
    keys: ['Home', 'End'], steps: [-Infinity, Infinity], modifier: 'none', label: 'Home / End', action: 'Go to the newest / oldest delivery',
  },
  open: { keys: ['Enter'], modifier: 'none', label: 'Enter', action: 'Open the selected delivery' },
  search: { keys: ['/'], modifier: 'none', label: '/', action: 'Focus the search box' },
  clearSearch: { keys: ['Escape'], modifier: 'none', label: 'Esc', action: 'Clear the search (in the search box)' },
  replay: { keys: ['r', 'R'], modifier: 'none', label: 'R', action: 'Replay the selected delivery' },
  edit: { keys: ['e', 'E'], modifier: 'none', label: 'E', action: 'Edit the selected delivery and resend it from Compose' },
  copyAs: { keys: ['c', 'C'], modifier: 'none', label: 'C', action: 'Copy the selected delivery as curl (or the form chosen in Copy as)' },
  deleteDelivery: { keys: ['Delete'], modifier: 'none', label: 'Delete', action: 'Delete the selected delivery (Undo shows for a few seconds)' },
  // No keys: clicks, listed so the `?` list tells them; the list's click handler reads the same modifiers.
  toggleSelected: { keys: [], modifier: 'primary', label: 'Click', action: 'Add a delivery to the selection, or take it out' },
  selectRange: { keys: [], modifier: 'none', shift: true, label: 'Shift+Click', action: 'Select every delivery from the last one clicked to this one' },
  extendSelection: {
    keys: ['ArrowUp', 'ArrowDown'], steps: [-1, 1], modifier: 'none', shift: true, label: 'Shift+↑ / Shift+↓', action: 'Select more deliveries up / down',
  },
  selectAllMatching: { keys: ['a', 'A'], modifier: 'primary', label: 'A', action: 'Select every delivery matching the search, not only those loaded' },
  clearSelection: { keys: ['Escape'], modifier: 'none', label: 'Esc', action: 'Clear the selection of several deliveries' },
  send: { keys: ['Enter'], modifier: 'primary', label: 'Enter', action: 'Send from Compose or Triggers' },
  dismiss: { keys: ['Escape'], modifier: 'none', label: 'Esc', action: 'Close this list, the Replay to… prompt or Save as sample' },
  help: { keys: ['?'], modifier: 'none', label: '?', action: 'Show this list of shortcuts' },
} as const satisfies Record<string, KeyBinding>;

export type ShortcutName = keyof typeof KEY_MAP;

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

export function matchesKey(name: ShortcutName, event: KeyPress): boolean {
  const binding: KeyBinding = KEY_MAP[name];
  const primary = event.ctrlKey || event.metaKey;
  const modifiersFit = binding.modifier === 'primary' ? primary && !event.altKey : !primary && !event.altKey;
  return modifiersFit && (!binding.shift || event.shiftKey === true) && binding.keys.includes(event.key);
}

/** How far the key pressed moves the delivery list's cursor (or, with Shift+↑/↓, the selection's end); undefined otherwise. */
export function cursorStep(event: KeyPress): number | undefined {
  const name = (['extendSelection', 'move', 'page', 'ends'] as const).find((candidate) => matchesKey(candidate, event));
  if (!name) return undefined;
  const binding: KeyBinding = KEY_MAP[name];
  return binding.steps?.[binding.keys.indexOf(event.key)];
}

const PRIMARY_MODIFIER = { mac: '⌘', other: 'Ctrl', any: 'Ctrl/Cmd' } as const;

/** A shortcut's keys as written for the user: Ctrl/Cmd in a list for every platform, ⌘ or Ctrl beside a button. */
export function keysLabel(name: ShortcutName, platform: keyof typeof PRIMARY_MODIFIER = 'any'): string {
  const binding: KeyBinding = KEY_MAP[name];
  return binding.modifier === 'primary' ? `${PRIMARY_MODIFIER[platform]}+${binding.label}` : binding.label;
}

/** The list as shown: keys and what they do, in the key map's order. */
export function shortcutList(): Array<{ keys: string; action: string }> {
  return (Object.keys(KEY_MAP) as ShortcutName[]).map((name) => ({ keys: keysLabel(name), action: KEY_MAP[name].action }));
}

/** The list as plain text, for the desktop app's Help dialog. */
export function shortcutsText(): string {
  return shortcutList().map(({ keys, action }) => `${keys.padEnd(20)}${action}`).join('\n');
}
