/**
 * What only the desktop app can do for the renderer, beside the contract: open a folder in the file manager.
 * Only the folders the core names (samples, presets) may be opened, whatever path the page sends.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { DesktopAction, DesktopOutcome } from '@shared/desktop';
import { DESKTOP_CHANNEL } from '@shared/ipc-channels';
import { isTrustedSenderUrl } from '../security';

export interface DesktopActionsDeps {
  /** The folders the core currently uses, asked at each request (Settings may have moved them). */
  knownFolders(): Promise<string[]>;
  /** shell.openPath: resolves with '' on success, or Electron's error in words. */
  openPath(path: string): Promise<string>;
}

export function createDesktopActions({ knownFolders, openPath }: DesktopActionsDeps) {
  return async (action: unknown, path: unknown): Promise<DesktopOutcome> => {
    if ((action as DesktopAction) !== 'openFolder') return { ok: false, error: `Unknown desktop action "${String(action)}".` };
    if (typeof path !== 'string' || !(await knownFolders()).includes(path)) {
      return { ok: false, error: `Refused to open ${JSON.stringify(path)}: only the samples and presets folders can be opened.` };
    }
    const problem = await openPath(path);
    return problem ? { ok: false, error: `Could not open ${path}: ${problem}` } : { ok: true, result: null };
  };
}

/** The desktop channel, taking requests only from the app's own page. */
export function installDesktopActions(
  ipcMain: Pick<IpcMain, 'handle'>,
  trustedOrigin: string,
  deps: DesktopActionsDeps,
): void {
  const act = createDesktopActions(deps);
  ipcMain.handle(DESKTOP_CHANNEL, async (event: IpcMainInvokeEvent, action: unknown, path: unknown): Promise<DesktopOutcome> =>
    isTrustedSenderUrl(event.senderFrame?.url, trustedOrigin)
      ? act(action, path)
      : { ok: false, error: 'Refused: only the Hookbench window may ask for desktop actions.' },
  );
}
