import type { MenuItemConstructorOptions } from 'electron';

// Help → Keyboard Shortcuts lists the shared key map that the renderer's handlers and its `?` list use.
export { shortcutsText } from '@shared/key-map';

/** Standard menus plus File → Import… and Help → Keyboard Shortcuts; the caller supplies what they do. */
export function menuTemplate(isMac: boolean, showShortcuts: () => void, importFile: () => void): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [{ label: 'Import…', accelerator: 'CmdOrCtrl+O', click: importFile }, { type: 'separator' }, { role: isMac ? 'close' : 'quit' }],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', click: showShortcuts }] },
  ];
}
