import type { ContractHandlers, DeliveryQuery, ReceiverState } from '@shared/contract';
import type { ReceiverSecretName, SecretsState } from '@shared/secrets';
import { presetSecretName, SECRET_SLOTS } from '@shared/trigger-preset';
import type { DeliveryDetail } from '@shared/delivery';
import { exportChunks } from './export/delivery-export';
import { pacedJoin } from './export/paced-join';
import { REVEAL_SECRETS, maskSecrets } from './export/redaction';
import type { DeliveryStore } from './store/delivery-store';
import type { DeliveryReader } from './store/delivery-reader';
import { ShownBodies } from './shown-bodies';
import type { SettingsKeeper } from './settings/settings-keeper';
import { UserError } from '@shared/user-error';
import { checkedSampleRequest } from './outbound-requests';
import type { SampleFolder } from './saved-samples/sample-folder';
import { defaultSampleContext, generateSample, sampleText } from './samples';
import { createSendHandlers } from './sender/send-handlers';
import type { DeliveryRecord } from './store/delivery-record';
import type { ChangeAnnouncer } from './change-announcer';
import { createPresetHandlers } from './presets/preset-handlers';
import { createRouteHandlers } from './routes/route-handlers';
import type { RouteKeeper } from './routes/route-keeper';
import { createVerdictHandlers } from './gitlab-verdict/verdict-handlers';
import type { SqlRunner } from './store/sql-runner';
import type { TunnelKeeper } from './tunnel/tunnel-keeper';
import type { TriggerPresets } from './presets/trigger-presets';
import type { SecretStore } from './secrets/secret-store';
import { checkedSecretName } from './secrets/secret-names';
import { createTriggerHandlers } from './triggers/trigger-handlers';
import { createStorageHandlers, type StorageHandlerDeps } from './storage-handlers';
import { createMarkHandlers } from './delivery-mark-handlers';
import { createTrafficHandlers } from './traffic/traffic-handlers';
import { createScenarioHandlers } from './scenarios/scenario-handlers';
import { ScenarioLibrary } from './scenarios/scenario-library';
import { ScenarioPlayer } from './scenarios/scenario-player';
import { ownReceiverUrl } from './scenarios/receiver-url';
import { createCheckHandlers } from './checks/check-handlers';
import type { Checks } from './checks/checks';
import { createBulkHandlers } from './bulk/bulk-handlers';
import type { BulkReplays } from './bulk/bulk-replays';

const MAX_PAGE = 1000;

function deliveryId(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new UserError(`${String(value)} is not a delivery id.`);
  return value;
}

function byteCount(value: number | undefined, name: string): number | undefined {
  if (value !== undefined && value < 0) throw new UserError(`The body ${name} must be a whole number of bytes ≥ 0, not ${value}.`);
  return value;
}

/** The query's types are the contract's (parsed at the boundary, contract-args.ts); its ranges are checked here, before SQL. */
function checkedQuery(query: DeliveryQuery): DeliveryQuery {
  if (query.offset < 0) throw new UserError('offset must be a whole number ≥ 0.');
  if (query.limit < 1 || query.limit > MAX_PAGE) throw new UserError(`limit must be a whole number from 1 to ${MAX_PAGE}.`);
  if (query.parentId !== undefined) deliveryId(query.parentId);
  return query;
}

export interface HandlerDeps {
  store: DeliveryStore;
  /** The UI's queries, off the receiver's thread. */
  reader: DeliveryReader;
  receiverState: () => ReceiverState;
  settings: SettingsKeeper;
  announcer: ChangeAnnouncer;
  /** Stores an outbound delivery through the same writer as captured ones; resolves with its id. */
  storeRecord: (record: DeliveryRecord) => Promise<number>;
  /** The samples folder the settings name now. */
  sampleFolder: () => SampleFolder;
  presets: TriggerPresets;
  routes: RouteKeeper;
  tunnels: TunnelKeeper;
  /** The reader's connection, for the GitLab verdict's history. */
  sql: SqlRunner;
  secrets: SecretStore;
  /** Every secret in use, including this run's command-line tokens, so exports can mask them. */
  secretValues: () => string[];
  /** Tokens typed for one call and Jenkins crumbs, held nowhere else; what they were sent in is masked too. */
  carriedSecrets: Set<string>;
  secretsChanged: (state: SecretsState) => void;
  storeMoved: StorageHandlerDeps['storeMoved'];
  /** The receiver tokens given for this run (CLI flags), which win over the stored ones. */
  runSecretNames: () => ReceiverSecretName[];
  /** Check runs: the folder's table and the runs this process plays. */
  checks: Checks;
  /** Bulk replays, each sent as replayDelivery sends one. */
  bulkReplays: BulkReplays;
}

export function createHandlers(deps: HandlerDeps): ContractHandlers {
  const { store, reader, settings, announcer, storeRecord, sampleFolder, secrets } = deps;
  const { carriedSecrets } = deps;
  const rememberSecrets = (values: readonly (string | null | undefined)[]) => {
    for (const value of values) if (value) carriedSecrets.add(value);
  };
  const masking = () => maskSecrets([...deps.secretValues(), ...carriedSecrets]);
  const shown = (revealSecrets: unknown) => (revealSecrets === true ? REVEAL_SECRETS : masking());
  const shownDetail = (detail: DeliveryDetail) => masking().detail(detail);
  const shownBodies = new ShownBodies(reader, masking);
  const secretsState = (): SecretsState => {
    const setForThisRun = deps.runSecretNames();
    return setForThisRun.length > 0 ? { ...secrets.state(), setForThisRun } : secrets.state();
  };
  return {
    // Off the receiver's thread: the reader answers (see DeliveryReader); secrets are masked in what it gives back.
    listDeliveries: async (query) => {
      const page = await reader.list(checkedQuery(query));
      const redaction = masking();
      return { ...page, rows: page.rows.map((row) => redaction.row(row)) };
    },
    getDelivery: async (id, revealSecrets) => {
      const detail = await reader.detail(deliveryId(id));
      if (!detail) return null;
      const sentByCheck = detail.origin === 'check' ? await deps.checks.table.sentBy(detail.id) : undefined;
      return shown(revealSecrets).detail(sentByCheck === undefined ? detail : { ...detail, sentByCheck });
    },
    getBodyBytes: async (id, part, revealSecrets, offset, limit) => {
      const [from, count] = [byteCount(offset, 'offset') ?? 0, byteCount(limit, 'limit')];
      return shownBodies.slice(deliveryId(id), part, revealSecrets === true, from, count);
    },
    ...createMarkHandlers(store, announcer, deliveryId, () => shownBodies.forget()),
    clearDeliveries: () => {
      shownBodies.forget();
      store.clear();
      announcer.changed();
    },
    getCounts: () => reader.counts(),
    getReceiverState: () => deps.receiverState(),
    getStorageState: () => store.state,
    ...createStorageHandlers({
      store,
      storeMoved: (state) => {
        shownBodies.forget();
        return deps.storeMoved(state);
      },
    }),
    getSettings: () => settings.current,
    updateSettings: (patch) => settings.update(patch),
    exportDeliveries: (format, ids, revealSecrets) => {
      const request = { format, ids: ids?.map(deliveryId), revealSecrets };
      return pacedJoin(exportChunks(store, request, [...deps.secretValues(), ...carriedSecrets]));
    },
    generateSample: (request) => {
      const { event, variant, context } = checkedSampleRequest(request);
      const sample = generateSample(event, variant, { ...defaultSampleContext, ...context });
      return { header: sample.header, payload: sampleText(sample.payload) };
    },
    listSavedSamples: () => {
      const folder = sampleFolder();
      return { folder: folder.path, entries: folder.list() };
    },
    readSavedSample: (file) => sampleFolder().read(file),
    saveSample: (sample, overwrite) => sampleFolder().save(sample, { overwrite: overwrite === true }),
    ...createPresetHandlers(deps.presets, (file) => {
      for (const slot of SECRET_SLOTS) secrets.set(presetSecretName(file, slot), null);
      deps.secretsChanged(secretsState());
    }),
    ...createRouteHandlers(deps.routes),
    ...createVerdictHandlers(deps.sql, () => settings.current.sending.gitlabVersion),
    getTunnelGuide: () => deps.tunnels.guide(),
    startTunnel: (tool) => deps.tunnels.start(tool),
    stopTunnel: () => deps.tunnels.stop(),
    getSecretsState: () => secretsState(),
    setSecret: (name, value) => {
      secrets.set(name, value);
      const state = secretsState();
      deps.secretsChanged(state);
      return state;
    },
    revealSecret: (name) => secrets.get(checkedSecretName(name)),
    ...createTriggerHandlers({ settings, secrets, storeRecord, rememberSecrets, shownDetail }),
    ...createSendHandlers({ reader, settings, storeRecord, rememberSecrets, shownDetail }),
    ...createTrafficHandlers(deps.sql),
    ...scenarioHandlers(),
    ...createCheckHandlers({
      ...deps.checks,
      sending: () => settings.current.sending,
      storedToken: (name) => secrets.get(name),
      rememberSecrets,
    }),
    ...createBulkHandlers(reader, deps.bulkReplays),
  };

  function scenarioHandlers() {
    const library = new ScenarioLibrary(() => sampleFolder().path);
    const player = new ScenarioPlayer({
      library,
      settings,
      storeRecord,
      rememberSecrets,
      receiverUrl: () => ownReceiverUrl(deps.receiverState(), deps.sql),
      receiverTokens: () => ({ secretToken: secrets.get('receiver.secretToken'), signingToken: secrets.get('receiver.signingToken') }),
    });
    return createScenarioHandlers(library, player, shownDetail);
  }
}
