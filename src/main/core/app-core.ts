import type { ContractEventListener, ContractEventName, ContractEvents, ContractHandlers, ReceiverKind, ReceiverState } from '@shared/contract';
import type { DeliveryRow } from '@shared/delivery';
import type { Settings } from '@shared/settings';
import { InlineWriter } from './capture/inline-writer';
import type { RecordWriter } from './capture/record-writer';
import { ChangeAnnouncer } from './change-announcer';
import { createHandlers } from './handlers';
import { Receiver } from './receiver/receiver';
import { SettingsKeeper, type SettingsOverrides } from './settings/settings-keeper';
import { rowOf } from './store/delivery-record';
import { DeliveryStore } from './store/delivery-store';
import { DeliveryReader } from './store/delivery-reader';
import { Retention } from './store/retention';
import { FolderReceiver } from './lease/folder-receiver';
import { SampleFolder } from './saved-samples/sample-folder';
import { FolderWatch } from './json-folder/json-folder';
import { PRESETS_SUBFOLDER, PresetFolder } from './presets/preset-folder';
import { TriggerPresets } from './presets/trigger-presets';
import { join } from 'node:path';
import { NO_VERIFICATION, checkVerification, type ReceiverVerification } from './verify/receiver-checks';
import { SecretStore } from './secrets/secret-store';
import { NO_SECRET_KEY, type SecretKeyChoice } from './secrets/secret-key';

export interface AppCoreOptions {
  /** Where hookbench.db and settings.json live. */
  dataDir: string;
  /** Overrides for this run only (CLI flags); not written to settings.json. */
  overrides?: SettingsOverrides;
  /**
   * Token and signature checks for this run only (CLI flags), over the tokens in the secret store; a flag's
   * rejectInvalid can only turn rejection on.
   */
  verification?: ReceiverVerification;
  /**
   * Sends the preset saved in `file` and records it as a delivery: what scheduled presets run (while the core
   * runs). By default the preset is sent with its saved secrets, as the Triggers screen's Send does.
   */
  runPreset?: (file: string) => Promise<void>;
  /** Where schedule problems go (a failed run, in words); the console by default. */
  reportScheduleProblem?: (message: string) => void;
  /**
   * The trigger token the receiver's GitLab trigger mock accepts; asked for each request, so it may
   * change while the receiver runs. No token (the default) leaves the mock off.
   */
  mockTriggerToken?: () => string | null;
  /** What this process is, as other processes on the folder name it when it holds the receiver. */
  kind?: ReceiverKind;
  /** The key that seals secrets.json: Electron's safeStorage in the app, a passphrase outside it; none keeps secrets for the session. */
  secretKey?: SecretKeyChoice;
}

export interface AppCore {
  /** Every contract method, implemented once for all faces. */
  readonly handlers: ContractHandlers;
  /** Subscribe to contract events; returns the unsubscribe function. */
  subscribe(listener: ContractEventListener): () => void;
  /** Each stored captured delivery, as soon as it is stored (the CLI's access log). */
  onCaptured(listener: (row: DeliveryRow, body: Uint8Array) => void): () => void;
  /**
   * Starts the receiver and the schedules if this process gets the folder's lease, else says who holds it and
   * takes over when that process goes; resolves with the state (an occupied port is a state, not a throw).
   */
  start(): Promise<ReceiverState>;
  /** Stops the receiver, stores what is queued and closes the store. */
  close(): Promise<void>;
  readonly settings: Settings;
  /** Receiver tokens and preset secrets, encrypted at rest. */
  readonly secrets: SecretStore;
  /** Problems met at start-up (unusable data dir, bad settings.json), in words. */
  readonly warnings: string[];
}

const NO_MOCK_TRIGGER_TOKEN = () => null;

export async function createAppCore({
  dataDir,
  overrides = {},
  verification = NO_VERIFICATION,
  runPreset,
  reportScheduleProblem = (message) => console.warn(message),
  mockTriggerToken = NO_MOCK_TRIGGER_TOKEN,
  secretKey = NO_SECRET_KEY,
  kind = 'app',
}: AppCoreOptions): Promise<AppCore> {
  checkVerification(verification);
  const store = new DeliveryStore(dataDir);
  const secrets = new SecretStore(dataDir, secretKey);
  const listeners = new Set<ContractEventListener>();
  const capturedListeners = new Set<(row: DeliveryRow, body: Uint8Array) => void>();
  const emit = <E extends ContractEventName>(name: E, payload: ContractEvents[E]) => {
    for (const listener of listeners) listener(name, payload);
  };
  // Created before the announcer it wakes: the reader thread reports other connections' commits.
  const sql = store.openReader(() => announcer.changed());
  const reader = new DeliveryReader(sql);
  const announcer = new ChangeAnnouncer(
    reader,
    (change) => {
      emit('deliveriesChanged', change);
      retention.soon();
    },
    reportScheduleProblem,
  );
  await announcer.start();

  const retention = new Retention(store, {
    retain: () => settings.current.storage.retain,
    total: () => announcer.lastCounts.total,
    pruned: () => announcer.changed(),
  });

  const writer: RecordWriter = new InlineWriter(store, (ids, records) => {
    announcer.changed();
    if (capturedListeners.size > 0) {
      records.forEach((record, i) => {
        for (const listener of capturedListeners) listener(rowOf(ids[i], record), record.requestBody);
      });
    }
  });

  const restartReceiver = async () => emit('receiverState', await folderReceiver.restart());
  const settings = new SettingsKeeper(
    dataDir,
    overrides,
    async (before, after) => {
      if (before.receiver.host !== after.receiver.host || before.receiver.port !== after.receiver.port) {
        await restartReceiver();
      }
      if (before.storage.retain !== after.storage.retain) retention.now();
      if (before.samples.folder !== after.samples.folder) {
        samplesWatch.moved();
        presets.folderMoved();
      }
    },
    store.state.persistent,
  );
  const sampleFolder = () => new SampleFolder(settings.current.samples.folder || join(dataDir, 'samples'));
  const samplesWatch = new FolderWatch(sampleFolder, (folder) => emit('savedSamplesChanged', { folder }));
  const presets = new TriggerPresets({
    folder: () => new PresetFolder(join(sampleFolder().path, PRESETS_SUBFOLDER)),
    changed: (folder) => emit('triggerPresetsChanged', { folder }),
    runPreset: runPreset ?? (async (file) => void (await handlers.sendTrigger({ preset: presets.read(file), file }))),
    report: reportScheduleProblem,
  });
  // Read for each delivery, so a token set in the UI applies to the next one without a restart.
  const currentVerification = (): ReceiverVerification => ({
    secretToken: verification.secretToken ?? secrets.get('receiver.secretToken'),
    signingToken: verification.signingToken ?? secrets.get('receiver.signingToken'),
    rejectInvalid: verification.rejectInvalid || settings.current.receiver.rejectInvalid,
  });
  const receiver = new Receiver(
    () => ({
      ...settings.current.receiver,
      verification: currentVerification(),
      mockTrigger: { token: mockTriggerToken() ?? secrets.get('receiver.mockTriggerToken'), gitlabUrl: settings.current.sending.gitlabUrl },
    }),
    (record, stored) => writer.store(record, stored),
  );

  const folderReceiver = new FolderReceiver({
    receiver,
    sql: store.state.persistent ? sql : null,
    kind,
    address: () => settings.current.receiver,
    schedules: { arm: () => presets.armSchedules(), disarm: () => presets.disarmSchedules() },
    stateChanged: (state) => emit('receiverState', state),
  });

  const handlers = createHandlers({
    store,
    reader,
    receiverState: () => folderReceiver.state(),
    settings,
    announcer,
    sampleFolder,
    presets,
    secrets,
    secretValues: () => [...secrets.heldValues(), verification.secretToken, verification.signingToken].filter((v) => v !== null),
    secretsChanged: (state) => emit('secretsChanged', state),
    storeRecord: (record) =>
      new Promise((resolve, reject) => writer.store(record, (error, id) => (error ? reject(error) : resolve(id)))),
  });

  return {
    handlers,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onCaptured(listener) {
      capturedListeners.add(listener);
      return () => capturedListeners.delete(listener);
    },
    async start() {
      samplesWatch.start();
      presets.watch();
      const state = await folderReceiver.start();
      emit('receiverState', state);
      retention.now();
      return state;
    },
    async close() {
      samplesWatch.stop();
      presets.stop();
      await folderReceiver.stop();
      await writer.close();
      retention.now();
      await announcer.close();
      await sql.close();
      await store.close();
    },
    get settings() {
      return settings.current;
    },
    secrets,
    warnings: [store.state.message, settings.loadMessage].filter((m): m is string => m !== null),
  };
}
