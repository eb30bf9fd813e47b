import type { CoreProcessChange, HookbenchBridge } from '@shared/contract';
import { contractEvents } from '@shared/contract-events';
import type { AppStore } from './app-store';

/** Everything the window shows from the core, loaded afresh (at start, and after the core came back). */
export function loadEverything(store: AppStore): Promise<unknown> {
  const { connection, settings, inbox, bulk, checks } = store.getState();
  const shownRun = checks.shownRun ? [checks.openCheckRun(checks.shownRun.id)] : [];
  return Promise.all([
    connection.loadCoreState(), settings.loadSettings(), settings.loadSecrets(), inbox.refetchWindow(), bulk.loadBulkReplays(), ...shownRun,
  ]);
}

/** Loads the first state and follows the core's announcements, each to the domain it concerns; returns the unsubscribe function. */
export function connectToCore(store: AppStore, bridge: HookbenchBridge): () => void {
  const events = contractEvents((listener) => bridge.on(listener));
  const state = () => store.getState();
  const subscriptions = [
    events.on('deliveriesChanged', (change) => state().inbox.handleDeliveriesChanged(change)),
    events.on('receiverState', (receiver) => state().connection.setReceiver(receiver)),
    events.on('storageState', (storage) => state().connection.setStorage(storage)),
    events.on('secretsChanged', (secrets) => state().settings.setSecretsState(secrets)),
    events.on('savedSamplesChanged', () => void state().samples.loadSavedSamples()),
    events.on('triggerPresetsChanged', () => void state().triggers.loadTriggerPresets()),
    events.on('routesChanged', () => void state().routes.loadRoutes()),
    events.on('tunnelChanged', () => state().routes.tunnelChanged()),
    events.on('checkRunChanged', (run) => state().checks.handleCheckRunChanged(run)),
    events.on('coreProcessChanged', (change) => void handleCoreProcessChanged(store, change)),
    events.on('scenariosChanged', () => void state().scenarios.loadScenarios()),
    events.on('bulkReplayChanged', (job) => state().bulk.bulkReplayChanged(job)),
  ];
  // Back after a loss: the core may have restarted (or another one taken over the folder), so nothing held is trusted.
  let lost = false;
  const stopWatching = bridge.onConnection?.((connection) => {
    state().connection.setLink(connection);
    if (connection.status === 'reconnecting' || connection.status === 'disconnected') lost = true;
    if (connection.status === 'connected' && lost) {
      lost = false;
      void loadEverything(store);
    }
  });
  if (!bridge.onConnection) state().connection.setLink({ status: 'connected' });
  void loadEverything(store);
  return () => {
    for (const unsubscribe of subscriptions) unsubscribe();
    stopWatching?.();
  };
}

/** The desktop app's core process restarted (reload what it holds) or stopped; either way the top bar says so. */
export async function handleCoreProcessChanged(store: AppStore, change: CoreProcessChange): Promise<void> {
  if (change.state === 'restarted') await loadEverything(store);
  store.getState().connection.showCoreProblem(change.message);
}
