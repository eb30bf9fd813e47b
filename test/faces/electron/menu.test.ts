import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../src/main/faces/electron/menu';

describe('the application menu', () => {
  it('has File → Import… (Ctrl/Cmd+O) calling the import it is given, and Help → Keyboard Shortcuts', () => {
    const importFile = vi.fn();
    const showShortcuts = vi.fn();
    const template = menuTemplate(false, showShortcuts, importFile);
    const file = template.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[];
    const importItem = file.find((item) => item.label === 'Import…')!;
    expect(importItem.accelerator).toBe('CmdOrCtrl+O');
    (importItem.click as () => void)();
    expect(importFile).toHaveBeenCalledOnce();
    expect(file.at(-1)?.role).toBe('quit');
    expect(menuTemplate(true, showShortcuts, importFile).find((item) => item.label === 'File')!.submenu).toContainEqual({ role: 'close' });
  });
});
