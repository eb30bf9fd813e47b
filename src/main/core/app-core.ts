import type { ContractEventListener, ContractEventName, ContractEvents, ContractHandlers, ReceiverKind, ReceiverState } from '@shared/contract';
import type { DeliveryRow } from '@shared/delivery';
import type { ReceiverSecretName } from '@shared/secrets';
import type { Settings } from '@shared/settings';
import { UserError } from '@shared/user-error';
import { InlineWriter } from './capture/inline-writer';
import type { RecordWriter } from './capture/record-writer';
import { ChangeAnnouncer } from './change-announcer';
import { createHandlers } from './handlers';
import { BulkReplays } from './bulk/bulk-replays';
import { maskSecrets } from './export/redaction';
import { Receiver } from './receiver/receiver';
import { SettingsKeeper, type SettingsOverrides } from './settings/settings-keeper';
import { rowOf } from './store/delivery-record';
import { DeliveryStore } from './store/delivery-store';
import { DeliveryReader } from './store/delivery-reader';
import { ReopenableSqlRunner } from './store/sql-runner';
import { Retention } from './store/retention';
import { FolderReceiver } from './lease/folder-receiver';
import { SampleFolder } from './saved-samples/sample-folder';
import { FolderWatch, JsonFolder } from './json-folder/json-folder';
import { SCENARIOS_SUBFOLDER } from './scenarios/scenario-library';
import { PRESETS_SUBFOLDER, PresetFolder } from './presets/preset-folder';
import { TriggerPresets } from './presets/trigger-presets';
import { join } from 'node:path';
import { NO_VERIFICATION, checkVerification, type ReceiverVerification } from './verify/receiver-checks';
import { SecretStore } from './secrets/secret-store';
import { NO_SECRET_KEY, type SecretKeyChoice } from './secrets/secret-key';
import { JenkinsJobFolder } from './jenkins/job-folder';
import { answerAsJenkins } from './jenkins/mock-jenkins';
import { NO_MOCK_JENKINS, mockJenkinsConfig, type MockJenkinsOptions } from './jenkins/mock-jenkins-config';
import { RouteKeeper } from './routes/route-keeper';
import { ROUTES_SUBFOLDER } from './routes/route-folder';
import { flagRoutes, type RouteFlags } from './routes/route-flags';
import { Forwarder, type FinishedForward } from './forward/forwarder';
import { answeredCapture, isAwaitingForward } from './forward/forward-records';
import type { DeliveryRecord } from './store/delivery-record';
import { TunnelKeeper } from './tunnel/tunnel-keeper';
import { MockTrigger } from './receiver/mock-trigger/mock-trigger';
import { createChecks } from './checks/checks';

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
  /** The Jenkins GitLab-plugin mock's jobs from the command line; jobs in the samples folder's `jenkins/` answer too. */
  mockJenkins?: MockJenkinsOptions;
  /** Keep deliveries in memory only (--in-memory): nothing is written to the data folder's store. */
  inMemory?: boolean;
  /** What this process is, as other processes on the folder name it when it holds the receiver. */
  kind?: ReceiverKind;
  /** The key that seals secrets.json: Electron's safeStorage in the app, a passphrase outside it; none keeps secrets for the session. */
  secretKey?: SecretKeyChoice;
  /** This run's routes from `listen` flags (--forward, --route, --answer), tried before the routes folder's. */
  routeFlags?: RouteFlags;
  /** Where tunnel tools are looked for and run (PATH): the process's environment unless a test gives one. */
  tunnelEnv?: NodeJS.ProcessEnv;
}

/**
 * Captured deliveries as stored, so unmasked, with the secrets that a view of them must mask (`maskSecrets`):
 * the access log masks on its own thread, since masking scans every body and the receiver's loop scans none.
 */
export interface CapturedBatch {
  rows: DeliveryRow[];
  bodies: Uint8Array[];
  secrets: readonly string[];
}

export interface AppCore {
  /** Every contract method, implemented once for all faces. */
  readonly handlers: ContractHandlers;
  /**
   * Subscribe to contract events (only to `events` when given); returns the unsubscribe function. Naming them
   * matters: with no one subscribed to deliveriesChanged, the announcer reads counts only, not rows.
   */
  subscribe(listener: ContractEventListener, events?: readonly ContractEventName[]): () => void;
  /** The captured deliveries of each commit, as soon as they are stored (the CLI's access log). */
  onCaptured(listener: (batch: CapturedBatch) => void): () => void;
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
  /** The Jenkins mock's jobs kept in the samples folder (`jenkins/`), and the files that are not jobs. */
  readonly jenkinsJobs: JenkinsJobFolder;
  /** Problems met at start-up (a bad settings.json), in words; an unusable store is in getStorageState. */
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
  mockJenkins = NO_MOCK_JENKINS,
  secretKey = NO_SECRET_KEY,
  inMemory = false,
  kind = 'app',
  routeFlags = {},
  tunnelEnv,
}: AppCoreOptions): Promise<AppCore> {
  checkVerification(verification);
  const runRoutes = flagRoutes(routeFlags);
  const store = new DeliveryStore(dataDir, { inMemory });
  const secrets = new SecretStore(dataDir, secretKey);
  /** Every secret in use, this run's command-line tokens included: what is shown or exported is masked with them. */
  const secretValues = () =>
    [...secrets.heldValues(), verification.secretToken, verification.signingToken, mockTriggerToken(), mockJenkins.token()].filter((v): v is string => v !== null);
  const carriedSecrets = new Set<string>();
  /** Each listener with the events it wants, or null for all of them. */
  const listeners = new Map<ContractEventListener, ReadonlySet<ContractEventName> | null>();
  const capturedListeners = new Set<(batch: CapturedBatch) => void>();
  const emit = <E extends ContractEventName>(name: E, payload: ContractEvents[E]) => {
    for (const [listener, wanted] of listeners) if (!wanted || wanted.has(name)) listener(name, payload);
  };
  store.onStateChange = (state) => emit('storageState', state);
  // Created before the announcer it wakes: the reader thread reports other connections' commits.
  const sql = new ReopenableSqlRunner(() => store.openReader(() => announcer.changed()));
  const reader = new DeliveryReader(sql);
  const announcer = new ChangeAnnouncer(
    reader,
    (change) => {
      // The rows as listDeliveries gives them: secrets in their URLs (and a forward leg's) masked.
      const redaction = maskSecrets([...secretValues(), ...carriedSecrets]);
      emit('deliveriesChanged', { ...change, rows: change.rows.map((row) => redaction.row(row)) });
      retention.soon();
    },
    reportScheduleProblem,
    () => [...listeners.values()].some((wanted) => !wanted || wanted.has('deliveriesChanged')),
  );
  await announcer.start();

  const retention = new Retention(store, {
    retain: () => settings.current.storage.retain,
    total: () => announcer.lastCounts.total,
    pruned: () => announcer.changed(),
  });

  const tellCaptured = (stored: ReadonlyArray<readonly [number, DeliveryRecord]>) => {
    if (capturedListeners.size === 0 || stored.length === 0) return;
    // The access log is a view like the UI: the mock's token and other secrets are shown masked, by the listener.
    const batch: CapturedBatch = { rows: stored.map(([id, record]) => rowOf(id, record)), bodies: stored.map(([, record]) => record.requestBody), secrets: secretValues() };
    for (const listener of capturedListeners) listener(batch);
  };
  const writer: RecordWriter<FinishedForward> = new InlineWriter<FinishedForward>(
    store,
    (ids, records) => {
      announcer.changed();
      // A capture waiting for its forward is told of once its sender has the answer (below).
      tellCaptured(records.map((record, i) => [ids[i], record] as const).filter(([, record]) => !isAwaitingForward(record)));
    },
    {
      stored: (ended) => {
        announcer.changed();
        tellCaptured(ended.map(({ capturedId, captured, answered, leg }) => [capturedId, answeredCapture(captured, answered, leg)] as const));
      },
      // The senders have their answers and the captures are kept; only the legs are lost, and this says why.
      failed: (ended, error) =>
        reportScheduleProblem(`Hookbench could not store ${ended.length} forward leg(s) (delivery #${ended[0].capturedId}…): ${error.message}`),
    },
  );

  // A port that cannot be used is refused: the settings are not changed and the receiver stays where it listens.
  const restartReceiver = async () => {
    const attempt = await folderReceiver.restart();
    const kept = receiver.getState();
    if (attempt.status === 'error' && kept.status === 'listening') {
      throw new UserError(`${attempt.message ?? 'The receiver could not move.'} Nothing changed: the receiver keeps listening on ${kept.url}.`);
    }
    emit('receiverState', attempt);
  };
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
        scenariosWatch.moved();
        presets.folderMoved();
        jenkinsJobs.moved();
        routes.moved();
      }
    },
    // Settings are kept beside an unusable store too (a way out may make it usable in this run); --in-memory keeps nothing.
    store.state.status !== 'in-memory',
  );
  const sampleFolder = () => new SampleFolder(settings.current.samples.folder || join(dataDir, 'samples'));
  const samplesWatch = new FolderWatch(sampleFolder, (folder) => emit('savedSamplesChanged', { folder }));
  const scenariosWatch = new FolderWatch(
    () => new JsonFolder(join(sampleFolder().path, SCENARIOS_SUBFOLDER), 'scenario'),
    (folder) => emit('scenariosChanged', { folder }),
  );
  const jenkinsJobs = new JenkinsJobFolder(() => sampleFolder().path);
  const jenkins = mockJenkinsConfig(mockJenkins, jenkinsJobs, (name) => secrets.get(name));
  const presets = new TriggerPresets({
    folder: () => new PresetFolder(join(sampleFolder().path, PRESETS_SUBFOLDER)),
    changed: (folder) => emit('triggerPresetsChanged', { folder }),
    runPreset: runPreset ?? (async (file) => void (await handlers.sendTrigger({ preset: presets.read(file), file }))),
    report: reportScheduleProblem,
  });
  const routes = new RouteKeeper({
    folderPath: () => join(sampleFolder().path, ROUTES_SUBFOLDER),
    flagRoutes: runRoutes,
    changed: (folder) => emit('routesChanged', { folder }),
  });
  const mockTriggerConfig = () => ({ token: mockTriggerToken() ?? secrets.get('receiver.mockTriggerToken'), gitlabUrl: settings.current.sending.gitlabUrl });
  const routeTrigger = new MockTrigger();
  routes.mocks.register('gitlab-trigger', (request) => routeTrigger.answer(mockTriggerConfig(), request));
  // A route that names the Jenkins mock takes any job path, as `--mock-jenkins` does.
  routes.mocks.register('jenkins', (request) => answerAsJenkins({ ...jenkins, anyJob: jenkins.anyJob ?? { token: null } }, request));
  const forwarder = new Forwarder(
    (record, stored) => writer.store(record, stored),
    (ended) => writer.complete(ended),
  );
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
      mockTrigger: mockTriggerConfig(),
      mockJenkins: jenkins,
      routes: routes.table,
      refusal: store.state.problem?.message ?? null,
    }),
    (record, stored) => writer.store(record, stored),
    forwarder,
  );

  const leaseSql = new ReopenableSqlRunner(() => store.openOwnConnection());
  const folderReceiver = new FolderReceiver({
    receiver,
    // A store in memory (asked for, or standing in for an unusable folder) is no folder's: no lease to share.
    sql: store.state.status === 'ok' ? leaseSql : null,
    kind,
    address: () => settings.current.receiver,
    schedules: { arm: () => presets.armSchedules(), disarm: () => presets.disarmSchedules() },
    stateChanged: (state) => emit('receiverState', state),
  });

  const tunnels = new TunnelKeeper({
    port: () => (receiver.getState().status === 'listening' ? receiver.getState().port : null),
    changed: (state) => emit('tunnelChanged', state),
    env: tunnelEnv,
  });

  const storeRecord = (record: DeliveryRecord) =>
    new Promise<number>((resolve, reject) => writer.store(record, (error, id) => (error ? reject(error) : resolve(id))));
  const checks = createChecks({
    reads: sql,
    // The capture connection, like the lease's heartbeat: a few small writes per case, never the reader's thread.
    writes: leaseSql,
    storeRecord,
    samplesFolder: () => sampleFolder().path,
    changed: (run) => emit('checkRunChanged', run),
    report: reportScheduleProblem,
  });
  // Each replay goes through the contract's own replayDelivery, so one replay and a bulk one cannot differ.
  const bulkReplays = new BulkReplays({
    replayOne: async (request) => handlers.replayDelivery(request),
    changed: (job) => emit('bulkReplayChanged', job),
  });
  const handlers: ContractHandlers = createHandlers({
    bulkReplays,
    store,
    reader,
    receiverState: () => folderReceiver.state(),
    settings,
    announcer,
    sampleFolder,
    presets,
    routes,
    sql,
    tunnels,
    secrets,
    secretValues,
    carriedSecrets,
    secretsChanged: (state) => emit('secretsChanged', state),
    storeMoved: async (state) => {
      await sql.reopen();
      await leaseSql.reopen();
      announcer.storeReplaced();
      emit('storageState', state);
      // A receiver not started yet (a repair before start, from the CLI) starts when the face asks.
      if (receiver.getState().status !== 'stopped') await restartReceiver();
    },
    runSecretNames: () => {
      const given: Array<[ReceiverSecretName, string | null]> = [
        ['receiver.secretToken', verification.secretToken],
        ['receiver.signingToken', verification.signingToken],
        ['receiver.mockTriggerToken', mockTriggerToken()],
      ];
      return given.filter(([, value]) => value).map(([name]) => name);
    },
    storeRecord,
    checks,
  });

  return {
    handlers,
    subscribe(listener, events) {
      listeners.set(listener, events ? new Set(events) : null);
      return () => listeners.delete(listener);
    },
    onCaptured(listener) {
      capturedListeners.add(listener);
      return () => capturedListeners.delete(listener);
    },
    async start() {
      samplesWatch.start();
      scenariosWatch.start();
      presets.watch();
      jenkinsJobs.watch();
      routes.start();
      const state = await folderReceiver.start();
      emit('receiverState', state);
      retention.now();
      return state;
    },
    async close() {
      samplesWatch.stop();
      scenariosWatch.stop();
      presets.stop();
      jenkinsJobs.stop();
      routes.stop();
      tunnels.stop();
      await checks.runner.close();
      await folderReceiver.stop();
      forwarder.close();
      await bulkReplays.close();
      await writer.close();
      // After the last announcement, which may ask for a prune: the prune runs now, never after the store closed.
      await announcer.close();
      retention.now();
      await sql.close();
      await leaseSql.close();
      await store.close();
    },
    get settings() {
      return settings.current;
    },
    secrets,
    jenkinsJobs,
    warnings: [settings.loadMessage].filter((m): m is string => m !== null),
  };
}
