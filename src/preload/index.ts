/**
 * Exposes exactly `call`, `on` and the desktop-only `desktop.openFolder` as window.hookbench. No ipcRenderer, no
 * Node: the renderer can only ask the core what the contract lists, and the main process checks even that.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { contractEventNames, type ContractEventListener, type ContractEventName, type HookbenchBridge } from '@shared/contract';
import { CALL_CHANNEL, DESKTOP_CHANNEL, EVENT_CHANNEL, type IpcCallOutcome } from '@shared/ipc-channels';

const knownEvents: ReadonlySet<string> = new Set(contractEventNames);

function answerOf(outcome: IpcCallOutcome): unknown {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result;
}

const bridge = {
  async call(method, ...args) {
    return answerOf(await ipcRenderer.invoke(CALL_CHANNEL, method, args)) as never;
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
  },
} satisfies HookbenchBridge;

contextBridge.exposeInMainWorld('hookbench', bridge);
