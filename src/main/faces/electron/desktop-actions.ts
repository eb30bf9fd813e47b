/**
 * What only the desktop app can do for the renderer, beside the contract: open a folder in the file manager, the
 * system's folder dialog for another data folder, and the save dialog for an export. Only the folders the core
 * names (samples, presets) may be opened, whatever path the page sends; the dialogs take no path from the page.
 */
import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { writeFile } from 'node:fs/promises';
import { BULK_LIMIT, type ExportFormat } from '@shared/contract';
import type { DesktopAction, DesktopOutcome } from '@shared/desktop';
import { exportFileName } from '@shared/export-file-name';
import { DESKTOP_CHANNEL } from '@shared/ipc-channels';
import { isTrustedSenderUrl } from '../security';

export interface DesktopActionsDeps {
  /** The folders the core currently uses, asked at each request (Settings may have moved them). */
  knownFolders(): Promise<string[]>;
  /** shell.openPath: resolves with '' on success, or Electron's error in words. */
  openPath(path: string): Promise<string>;
  /** dialog.showOpenDialog, on the window that asked. */
  showOpenDialog(options: OpenDialogOptions): Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
  /** dialog.showSaveDialog, on the window that asked. */
  showSaveDialog(options: SaveDialogOptions): Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
  /** The core's exportDeliveries, secrets masked. */
  exportText(format: ExportFormat, ids: number[]): Promise<string>;
  /** Writes the file private to the user (0600), as every file Hookbench writes. */
  writeFile(path: string, text: string): Promise<void>;
}

/** A new file readable by its owner only: exports hold captured requests. */
export function writePrivateFile(path: string, text: string): Promise<void> {
  return writeFile(path, text, { mode: 0o600 });
}

const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  har: { name: 'HAR 1.2', extensions: ['har'] },
  ndjson: { name: 'Hookbench NDJSON', extensions: ['ndjson'] },
};

export function exportDialog(format: ExportFormat, count: number): SaveDialogOptions {
  return {
    title: `Export ${count} ${count === 1 ? 'delivery' : 'deliveries'}`,
    buttonLabel: 'Export',
    defaultPath: exportFileName(format, count),
    filters: [EXPORT_FILTERS[format]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** What the page asked to export, or why not: a format, and up to BULK_LIMIT delivery ids. */
function exportRequest(argument: unknown): { format: ExportFormat; ids: number[] } | string {
  const { format, ids } = (typeof argument === 'object' && argument !== null ? argument : {}) as { format?: unknown; ids?: unknown };
  if (format !== 'har' && format !== 'ndjson') return `Refused to export as ${JSON.stringify(format)}: choose HAR or NDJSON.`;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) {
    return 'Refused to export: no deliveries were named.';
  }
  if (ids.length > BULK_LIMIT) return `Refused to export ${ids.length} deliveries: an export from the window takes at most ${BULK_LIMIT}.`;
  return { format, ids: ids as number[] };
}

/** One folder, which may be new: the user can make it from the dialog. */
export const DATA_FOLDER_DIALOG: OpenDialogOptions = {
  title: "Choose a folder for Hookbench's data",
  buttonLabel: 'Use this folder',
  properties: ['openDirectory', 'createDirectory'],
};

export function createDesktopActions({ knownFolders, openPath, showOpenDialog, showSaveDialog, exportText, writeFile }: DesktopActionsDeps) {
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
    async saveExport(argument) {
      const request = exportRequest(argument);
      if (typeof request === 'string') return { ok: false, error: request };
      const { canceled, filePath } = await showSaveDialog(exportDialog(request.format, request.ids.length));
      if (canceled || !filePath) return { ok: true, result: null };
      try {
        await writeFile(filePath, await exportText(request.format, request.ids));
      } catch (error) {
        return { ok: false, error: `Could not write ${filePath}: ${error instanceof Error ? error.message : String(error)}` };
      }
      return { ok: true, result: filePath };
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
