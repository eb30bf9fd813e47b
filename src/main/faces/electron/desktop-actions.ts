/**
 * What only the desktop app can do for the renderer, beside the contract: open a folder in the file manager, and
 * the system's folder dialog for another data folder. Only the folders the core names (samples, presets) may be
 * opened, whatever path the page sends; the dialog takes nothing from the page.
 */
import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { DesktopAction, DesktopOutcome } from '@shared/desktop';
import { DESKTOP_CHANNEL } from '@shared/ipc-channels';
import { isTrustedSenderUrl } from '../security';

export interface DesktopActionsDeps {
  /** The folders the core currently uses, asked at each request (Settings may have moved them). */
  knownFolders(): Promise<string[]>;
  /** shell.openPath: resolves with '' on success, or Electron's error in words. */
  openPath(path: string): Promise<string>;
  /** dialog.showOpenDialog, on the window that asked. */
  showOpenDialog(options: OpenDialogOptions): Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
}

/** One folder, which may be new: the user can make it from the dialog. */
export const DATA_FOLDER_DIALOG: OpenDialogOptions = {
  title: "Choose a folder for Hookbench's data",
  buttonLabel: 'Use this folder',
  properties: ['openDirectory', 'createDirectory'],
};

export function createDesktopActions({ knownFolders, openPath, showOpenDialog }: DesktopActionsDeps) {
  const actions: Record<DesktopAction, (argument: unknown) => Promise<DesktopOutcome>> = {
    async openFolder(path) {
      if (typeof path !== 'string' || !(await knownFolders()).includes(path)) {
        return { ok: false, error: `Refused to open ${JSON.stringify(path)}: only the samples and presets folders can be opened.` };
      }
      const problem = await openPath(path);
      return problem ? { ok: false, error: `Could not open ${path}: ${problem}` } : { ok: true, result: null };
    },
    async chooseDataFolder() {
      const { canceled, filePaths } = await showOpenDialog(DATA_FOLDER_DIALOG);
      return { ok: true, result: canceled ? null : (filePaths[0] ?? null) };
    },
  };
  return async (action: unknown, argument: unknown): Promise<DesktopOutcome> => {
    if (typeof action !== 'string' || !Object.hasOwn(actions, action)) return { ok: false, error: `Unknown desktop action "${String(action)}".` };
    return actions[action as DesktopAction](argument);
  };
}

/** The desktop channel, taking requests only from the app's own page. */
export function installDesktopActions(
  ipcMain: Pick<IpcMain, 'handle'>,
  trustedOrigin: string,
  deps: DesktopActionsDeps,
): void {
  const act = createDesktopActions(deps);
  ipcMain.handle(DESKTOP_CHANNEL, async (event: IpcMainInvokeEvent, action: unknown, argument: unknown): Promise<DesktopOutcome> =>
    isTrustedSenderUrl(event.senderFrame?.url, trustedOrigin)
      ? act(action, argument)
      : { ok: false, error: 'Refused: only the Hookbench window may ask for desktop actions.' },
  );
}
