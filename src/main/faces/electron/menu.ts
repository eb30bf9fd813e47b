import type { MenuItemConstructorOptions } from 'electron';

// Help → Keyboard Shortcuts lists the shared key map that the renderer's handlers and its `?` list use.
export { shortcutsText } from '@shared/key-map';

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
