import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContractClient, ContractEvents, HookbenchBridge } from '@shared/contract';
import { createComposeSlice } from './compose-slice';
import { createConnectionSlice } from './connection-slice';
import { createCoreStateSlice } from './core-state-slice';
import { createDeliveryActionsSlice } from './delivery-actions-slice';
import { createDetailSlice } from './detail-slice';
import { createFirstSampleSlice } from './first-sample-slice';
import { createHeadersPreviewSlice } from './headers-preview-slice';
import { createListSlice } from './list-slice';
import { createLiveSlice } from './live-slice';
import { createSecretsSlice } from './secrets-slice';
import { createSavedSamplesSlice } from './saved-samples-slice';
import { createSettingsSlice } from './settings-slice';
import { createTriggersSlice } from './triggers-slice';
import { createStorageRepairSlice } from './storage-repair-slice';
import type { AppState } from './types';
import { createViewSlice } from './view-slice';
import { useRoutes } from './routes-store';

export type AppStore = StoreApi<AppState>;

export function createAppStore(client: ContractClient): AppStore {
  return createStore<AppState>()((set, get) => {
    const context = { set, get, client };
    return {
      ...createListSlice(context),
      ...createDetailSlice(context),
      ...createLiveSlice(context),
      ...createCoreStateSlice(context),
      ...createSettingsSlice(context),
      ...createSecretsSlice(context),
      ...createViewSlice(context),
      ...createComposeSlice(context),
      ...createDeliveryActionsSlice(context),
      ...createSavedSamplesSlice(context),
      ...createHeadersPreviewSlice(context),
      ...createFirstSampleSlice(context),
      ...createTriggersSlice(context),
      ...createStorageRepairSlice(context),
      ...createConnectionSlice(context),
    };
  });
}

/** Loads the first state and follows the core's announcements; returns the unsubscribe function. */
export function connectToCore(store: AppStore, bridge: HookbenchBridge): () => void {
  // The listener is generic over the event name, so TypeScript cannot narrow the payload from `name`.
  const unsubscribe = bridge.on((name, payload) => {
    const state = store.getState();
    if (name === 'deliveriesChanged') state.handleDeliveriesChanged(payload as ContractEvents['deliveriesChanged']);
    if (name === 'receiverState') state.setReceiver(payload as ContractEvents['receiverState']);
    if (name === 'storageState') state.setStorage(payload as ContractEvents['storageState']);
    if (name === 'secretsChanged') state.setSecretsState(payload as ContractEvents['secretsChanged']);
    if (name === 'savedSamplesChanged') void state.loadSavedSamples();
    if (name === 'triggerPresetsChanged') void state.loadTriggerPresets();
    if (name === 'routesChanged' || name === 'tunnelChanged') useRoutes.getState().changed(name);
    if (name === 'coreProcessChanged') void state.handleCoreProcessChanged(payload as ContractEvents['coreProcessChanged']);
  });
  const loadEverything = () => {
    const state = store.getState();
    void state.loadCoreState();
    void state.loadSettings();
    void state.loadSecrets();
    void state.refetchWindow();
  };
  // Back after a loss: the core may have restarted (or another one taken over the folder), so nothing held is trusted.
  let lost = false;
  const stopWatching = bridge.onConnection?.((connection) => {
    store.getState().setConnection(connection);
    if (connection.status === 'reconnecting' || connection.status === 'disconnected') lost = true;
    if (connection.status === 'connected' && lost) {
      lost = false;
      loadEverything();
    }
  });
  if (!bridge.onConnection) store.getState().setConnection({ status: 'connected' });
  loadEverything();
  return () => {
    unsubscribe();
    stopWatching?.();
  };
}
