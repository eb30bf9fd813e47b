/**
 * The Electron face's one IPC channel. Electron is imported for types only, so the dispatcher can be
 * tested in plain Node; index.ts passes in the real ipcMain.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ContractHandlers } from '@shared/contract';
import { FAILURE, type CallOutcome } from '@shared/errors';
import type { AppCore } from '../../core/app-core';
import { dispatchContractCall } from '../contract-dispatch';
import { CALL_CHANNEL, EVENT_CHANNEL } from '@shared/ipc-channels';
import { isTrustedSenderUrl } from '../security';


export type IpcDispatcher = (senderUrl: string | undefined, method: unknown, args: unknown) => Promise<CallOutcome>;

export function createIpcDispatcher(handlers: ContractHandlers, trustedOrigin: string): IpcDispatcher {
  return async (senderUrl, method, args) => {
    if (!isTrustedSenderUrl(senderUrl, trustedOrigin)) {
      const message = `Refused a call from ${senderUrl ?? 'an unknown frame'}: only the Hookbench window may call the core.`;
      return { ok: false, failure: { kind: 'refused', code: FAILURE.untrustedFrame, message } };
    }
    return dispatchContractCall(handlers, method, args);
  };
}

/** Installs the call channel and forwards every core event to the windows; returns the teardown. */
export function installIpc(
  ipcMain: IpcMain,
  core: Pick<AppCore, 'handlers' | 'subscribe'>,
  trustedOrigin: string,
  windowsToNotify: () => WebContents[],
): () => void {
  const dispatch = createIpcDispatcher(core.handlers, trustedOrigin);
  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, args: unknown) =>
    dispatch(event.senderFrame?.url, method, args),
  );
  const unsubscribe = core.subscribe((name, payload) => {
    for (const contents of windowsToNotify()) {
      if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(CALL_CHANNEL);
  };
}
