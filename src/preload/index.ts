/**
 * Exposes exactly `call`, `on` and the desktop-only `desktop` actions (openFolder, chooseDataFolder, saveExport, onOpenPlace, onMenu) as
 * window.hookbench. No ipcRenderer, no Node: the renderer can only ask the core what the contract lists, and the
 * main process checks even that.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { contractEventNames, type ContractEventListener, type ContractEventName, type ExportFormat, type HookbenchBridge } from '@shared/contract';
import type { DesktopOutcome, MenuCommand } from '@shared/desktop';
import { FAILURE, type CallOutcome } from '@shared/errors';
import { readInboxPlace } from '@shared/inbox-place';
import { CALL_CHANNEL, DESKTOP_CHANNEL, EVENT_CHANNEL, LINK_CHANNEL, MENU_CHANNEL } from '@shared/ipc-channels';

const knownEvents: ReadonlySet<string> = new Set(contractEventNames);

function answerOf(outcome: DesktopOutcome): unknown {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result;
}

// A link that launched the app arrives while the page is still starting: the last one waits for its listener.
const placeListeners = new Set<(hash: string) => void>();
let waitingPlace: string | null = null;
ipcRenderer.on(LINK_CHANNEL, (_event: IpcRendererEvent, hash: unknown) => {
  if (typeof hash !== 'string' || !readInboxPlace(hash)) return;
  if (placeListeners.size === 0) waitingPlace = hash;
  for (const listener of placeListeners) listener(hash);
});

const bridge = {
  async call(method, ...args) {
    try {
      return (await ipcRenderer.invoke(CALL_CHANNEL, method, args)) as CallOutcome;
    } catch (error) {
      // invoke itself failed: no handler answered, so the main process is gone or still starting.
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, failure: { kind: 'internal', code: FAILURE.unreachable, message: `Hookbench's core did not answer (${reason})` } };
    }
  },
  on(listener: ContractEventListener) {
    const forward = (_event: IpcRendererEvent, name: ContractEventName, payload: unknown) => {
      if (knownEvents.has(name)) listener(name, payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  desktop: {
    async openFolder(path: string) {
      answerOf(await ipcRenderer.invoke(DESKTOP_CHANNEL, 'openFolder', path));
    },
    async chooseDataFolder() {
      const folder = answerOf(await ipcRenderer.invoke(DESKTOP_CHANNEL, 'chooseDataFolder'));
      return typeof folder === 'string' ? folder : null;
    },
    async saveExport(format: ExportFormat, ids: number[]) {
      const path = answerOf(await ipcRenderer.invoke(DESKTOP_CHANNEL, 'saveExport', { format, ids }));
      return typeof path === 'string' ? path : null;
    },
    onOpenPlace(listener: (hash: string) => void) {
      placeListeners.add(listener);
      if (waitingPlace !== null) {
        listener(waitingPlace);
        waitingPlace = null;
      }
      return () => {
        placeListeners.delete(listener);
      };
    },
    onMenu(listener: (command: MenuCommand) => void) {
      const forward = (_event: IpcRendererEvent, command: unknown) => {
        if (command === 'import') listener(command);
      };
      ipcRenderer.on(MENU_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(MENU_CHANNEL, forward);
      };
    },
  },
} satisfies HookbenchBridge;

contextBridge.exposeInMainWorld('hookbench', bridge);
