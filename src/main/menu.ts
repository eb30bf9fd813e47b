import type { MenuItemConstructorOptions } from 'electron';

/** The renderer's keyboard shortcuts, listed in the Help menu (UX: "Shortcuts are listed in the Help menu"). */
export const KEYBOARD_SHORTCUTS: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['↑ / ↓', 'Move in the delivery list'],
  ['Enter', 'Open the selected delivery'],
  ['R', 'Replay the selected delivery'],
  ['E', 'Edit and resend'],
  ['C', 'Copy as curl'],
  ['/', 'Focus the search box'],
  ['Ctrl/Cmd+Enter', 'Send (Compose and Triggers)'],
];

export function shortcutsText(): string {
  return KEYBOARD_SHORTCUTS.map(([keys, action]) => `${keys.padEnd(16)}${action}`).join('\n');
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
