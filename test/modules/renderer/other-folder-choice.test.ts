/** "Use another folder" on the storage problem panel: the system's dialog in the desktop app, a path field in the browser. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chooseWithDialog, OtherFolderChoice } from '../../../src/renderer/src/features/shell/OtherFolderChoice';

const desktop = (answer: string | null) => ({ chooseDataFolder: async () => answer });
const render = (bridge: ReturnType<typeof desktop> | undefined) =>
  renderToStaticMarkup(createElement(OtherFolderChoice, { desktop: bridge, busy: false, use: () => {} }));

describe('choosing another data folder', () => {
  it('offers the folder dialog, and no path to type, when the desktop bridge is there', () => {
    const html = render(desktop('/mnt/data'));
    expect(html).toContain('Use another folder…');
    expect(html).not.toContain('<input');
  });

  it('keeps the path field in the browser, where there is no dialog to open', () => {
    const html = render(undefined);
    expect(html).toContain('placeholder="/full/path/to/folder"');
    expect(html).toContain('Use this folder');
    expect(html).not.toContain('Use another folder…');
  });

  it('uses the folder the dialog answered, and nothing when it was cancelled', async () => {
    const used: string[] = [];
    await chooseWithDialog(desktop('/mnt/data'), (folder) => used.push(folder));
    await chooseWithDialog(desktop(null), (folder) => used.push(folder));
    expect(used).toEqual(['/mnt/data']);
  });
});
