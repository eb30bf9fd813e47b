import { describe, expect, it } from 'vitest';
import type { OpenDialogOptions } from 'electron';
import { createDesktopActions, DATA_FOLDER_DIALOG, installDesktopActions } from '../../../src/main/faces/electron/desktop-actions';
import { DESKTOP_CHANNEL } from '../../../src/shared/ipc-channels';

const SAMPLES = '/home/ada/.config/Hookbench/samples';
const PRESETS = `${SAMPLES}/triggers`;

/** A dialog that answers as the user would: the folders picked, or cancelled. */
function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const shown: OpenDialogOptions[] = [];
  return { shown, showOpenDialog: async (options: OpenDialogOptions) => (shown.push(options), answer) };
}

const NOT_ASKED = fakeDialog({ canceled: true, filePaths: [] }).showOpenDialog;

/** The export's parts, which these tests never reach (save-export.test.ts tests them). */
const NO_EXPORT = {
  showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  exportText: async () => {
    throw new Error('not asked to export');
  },
  writeFile: async () => {
    throw new Error('not asked to write');
  },
};

function actions(openPathAnswer = '', showOpenDialog = NOT_ASKED) {
  const opened: string[] = [];
  const act = createDesktopActions({
    knownFolders: async () => [SAMPLES, PRESETS],
    openPath: async (path) => (opened.push(path), openPathAnswer),
    showOpenDialog,
    ...NO_EXPORT,
  });
  return { act, opened };
}

describe('Open folder (desktop only)', () => {
  it("opens the core's samples and presets folders in the file manager", async () => {
    const { act, opened } = actions();
    expect(await act('openFolder', SAMPLES)).toEqual({ ok: true, result: null });
    expect(await act('openFolder', PRESETS)).toEqual({ ok: true, result: null });
    expect(opened).toEqual([SAMPLES, PRESETS]);
  });

  it('refuses any other path or action, opening nothing', async () => {
    const { act, opened } = actions();
    for (const path of ['/etc', `${SAMPLES}/../..`, `${SAMPLES}/push.json`, 42, null]) {
      expect(await act('openFolder', path), String(path)).toMatchObject({ ok: false, error: expect.stringContaining('only the samples and presets folders') });
    }
    expect(await act('openExternal', SAMPLES)).toEqual({ ok: false, error: 'Unknown desktop action "openExternal".' });
    expect(opened).toEqual([]);
  });

  it("says what the file manager answered when it fails", async () => {
    const { act } = actions('Failed to open path');
    expect(await act('openFolder', SAMPLES)).toEqual({ ok: false, error: `Could not open ${SAMPLES}: Failed to open path` });
  });

  it('takes requests only from the app\'s own page', async () => {
    let handler: ((event: { senderFrame: { url: string } }, ...args: unknown[]) => Promise<unknown>) | undefined;
    const opened: string[] = [];
    installDesktopActions(
      { handle: (channel: string, listener: never) => ((handler = listener), expect(channel).toBe(DESKTOP_CHANNEL)) } as never,
      'app://hookbench',
      { knownFolders: async () => [SAMPLES], openPath: async (path) => (opened.push(path), ''), showOpenDialog: NOT_ASKED, ...NO_EXPORT },
    );
    expect(await handler!({ senderFrame: { url: 'https://evil.example/' } }, 'openFolder', SAMPLES)).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(await handler!({ senderFrame: { url: 'app://hookbench/index.html' } }, 'openFolder', SAMPLES)).toEqual({ ok: true, result: null });
    expect(opened).toEqual([SAMPLES]);
  });
});

describe('Use another folder (desktop only): the system folder dialog', () => {
  it('asks for one folder, which may be made from the dialog, and answers its path', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/mnt/data/hookbench'] });
    const { act } = actions('', dialog.showOpenDialog);
    expect(await act('chooseDataFolder', '/ignored/from/the/page')).toEqual({ ok: true, result: '/mnt/data/hookbench' });
    expect(dialog.shown).toEqual([DATA_FOLDER_DIALOG]);
    expect(DATA_FOLDER_DIALOG.properties).toEqual(['openDirectory', 'createDirectory']);
  });

  it('answers null when the user cancels, so nothing is changed', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] });
    const { act } = actions('', dialog.showOpenDialog);
    expect(await act('chooseDataFolder', undefined)).toEqual({ ok: true, result: null });
    expect(dialog.shown).toHaveLength(1);
  });
});
