import type { MenuItemConstructorOptions } from 'electron';

/**
 * The renderer's keyboard shortcuts, listed in the Help menu (UX: "Shortcuts are listed in the Help menu").
 * Only what the renderer implements: the list keys (DeliveryList), the search box (FilterBar), the
 * delivery actions (DetailPane) and sending from Compose.
 */
export const KEYBOARD_SHORTCUTS: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['↑ / ↓', 'Move in the delivery list'],
  ['PageUp / PageDown', 'Move 20 deliveries up / down'],
  ['Home / End', 'Go to the newest / oldest delivery'],
  ['Enter', 'Open the selected delivery'],
  ['/', 'Focus the search box'],
  ['Esc', 'Clear the search (in the search box)'],
  ['R', 'Replay the selected delivery'],
  ['E', 'Edit the selected delivery and resend it from Compose'],
  ['Ctrl/Cmd+Enter', 'Send from Compose or Triggers'],
];

export function shortcutsText(): string {
  return KEYBOARD_SHORTCUTS.map(([keys, action]) => `${keys.padEnd(20)}${action}`).join('\n');
}

/** Standard menus plus Help → Keyboard Shortcuts; the caller supplies how to show the list. */
export function menuTemplate(isMac: boolean, showShortcuts: () => void): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', click: showShortcuts }] },
  ];
}
