/**
 * The one list of what a face may ask the core, and what the core announces.
 * The IPC handlers, the web routes, the preload bridge and the renderer client are all checked
 * against it; `contractMethods` makes a method missing from any of them a compile error.
 */
import type { CallOutcome } from './errors';
import type { ConnectionListener } from './connection';
import type { BodyBytes, BodyPart, DeliveryDetail, DeliveryRow, Origin, RawHeaders, StatusClass } from './delivery';
import type { DesktopBridge } from './desktop';
import type { PayloadSerialization } from './gitlab-json';
import type { SampleContext } from './sample-context';
import type { SavedSample, SavedSampleEntry } from './saved-sample';
import type { SecretName, SecretsState } from './secrets';
import type { Settings, SettingsPatch } from './settings';
import type { Route, RouteEntry, RouteTestResult } from './route';
import type { GitlabVerdict } from './gitlab-verdict';
import type { TunnelGuide, TunnelState, TunnelTool } from './tunnel';
import type { CheckFiles, CheckRun, CheckRunRequest, CheckRunSummary } from './check-run';
import type { TriggerExplanation, TriggerPreset, TriggerPresetEntry, TriggerPreview, TriggerSecrets } from './trigger-preset';
import type { Traffic, TrafficRequest } from './traffic';
import type { PlayScenarioRequest, ScenarioPlay, Scenarios, StoryPreview, StoryRequest } from './scenario';

export interface DeliveryQuery {
  /** Rows skipped after `beforeId` (or the newest): keep it small, page deep with `beforeId`. */
  offset: number;
  limit: number;
  /** Keyset paging: only rows older than this id (the last row of the page before), as fast deep as at the top. */
  beforeId?: number;
  /** The search language (src/shared/query/parse-query.ts): `status:4xx event:"Push Hook" -origin:replay merge`. */
  search?: string;
  statusClasses?: StatusClass[];
  origins?: Origin[];
  event?: string;
  /** Only the replays of this delivery: the chain shown in its detail. */
  parentId?: number;
}

/** What the user adds to a delivery: a pin and a short note (up to 500 characters). */
export interface DeliveryMark {
  pinned: boolean;
  note: string | null;
}

/** A mark as stored, with the file an imported delivery came from. */
export interface StoredMark extends DeliveryMark {
  importedFrom: string | null;
}

/** What an import did: how many deliveries it stored, and each entry it left out with why. */
export interface ImportReport {
  format: 'har' | 'ndjson';
  imported: number;
  ids: number[];
  skipped: string[];
}

export interface DeliveryPage {
  rows: DeliveryRow[];
  /** How many deliveries match the query, for the virtual list's height; at most MATCH_COUNT_CAP for a filtered one. */
  total: number;
  /** True when more than `total` match (shown as "10 000+"). */
  totalCapped?: boolean;
  /** With a search: how far the search index has come (ids above `indexedThrough` are searched by a slower scan). */
  searchIndex?: SearchIndexProgress;
}

export interface SearchIndexProgress {
  indexedThrough: number;
  newestId: number;
}

/** A filtered count stops here: counting a million matches would cost more than the page. */
export const MATCH_COUNT_CAP = 10_000;

export interface Counts {
  total: number;
  failures: number;
  internalErrors: number;
}

/** The process that holds a data folder's receiver and schedules (its lease). */
export interface ReceiverHolder {
  pid: number;
  /** What it is: the desktop app, `hookbench serve` or `hookbench listen`. */
  kind: ReceiverKind;
  host: string;
  port: number;
}

export type ReceiverKind = 'app' | 'serve' | 'listen';

export interface ReceiverState {
  /** `elsewhere`: another Hookbench process receives for this data folder; its deliveries show here too. */
  status: 'listening' | 'stopped' | 'error' | 'elsewhere';
  host: string;
  port: number;
  /** The URL to paste into GitLab, when listening. */
  url: string | null;
  /** True when bound beyond loopback: the UI shows a warning. */
  exposed: boolean;
  /** What went wrong and the way out, in words (e.g. the port is in use), or who receives instead. */
  message: string | null;
  /** Set when `elsewhere`. */
  holder?: ReceiverHolder;
}

/**
 * Why the data folder cannot keep deliveries: `corrupt` (not a database at all), `damaged` (a database with
 * unreadable pages, found by quick_check), `foreign` (another program's database), `read-only` (the folder
 * or file cannot be written), `unopenable` (anything else), `newer-version` (made by a newer Hookbench).
 */
export type StorageProblemKind = 'corrupt' | 'damaged' | 'foreign' | 'read-only' | 'unopenable' | 'newer-version';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The file in question. */
  file: string;
  /** What happened and the way out, in words. */
  message: string;
}

/** Long work a newer Hookbench does on an older store after opening it, while deliveries keep being kept. */
export interface StoreUpdate {
  toVersion: number;
  percent: number;
  /** Why it stopped, in words; the store keeps working as it was, and the next start goes on. */
  failure: string | null;
}

export interface StorageState {
  dataDir: string;
  /**
   * `ok`: deliveries are kept in the data folder. `in-memory`: asked for (--in-memory), nothing is kept.
   * `unusable`: the data folder cannot keep deliveries, so nothing is received until the problem is solved.
   */
  status: 'ok' | 'in-memory' | 'unusable';
  problem: StorageProblem | null;
  /** Set while the store is being updated to this Hookbench's layout ("Updating the store to version 5: 34 %"). */
  update?: StoreUpdate | null;
}

/** What a way out of an unusable store did, and the state after it. */
export interface StorageRepair {
  state: StorageState;
  /** In words: where the old file went, how many deliveries were recovered. */
  summary: string;
}

export type ExportFormat = 'har' | 'ndjson';

export interface SampleRequest {
  /** A catalogue id or the X-Gitlab-Event value. */
  event: string;
  variant?: string;
  context?: Partial<SampleContext>;
}

export interface GeneratedSampleText {
  /** The X-Gitlab-Event the payload goes with. */
  header: string;
  /** Pretty-printed JSON, ready to edit. */
  payload: string;
}

export interface ReplayRequest {
  id: number;
  /** Where to send; a captured delivery needs one, a sent one defaults to its own target. */
  to?: string;
  /** Keep Idempotency-Key and webhook-id, as GitLab's Resend does (the default); false mints new ones. */
  keepIdempotencyKey?: boolean;
  /** When given, the replay is re-signed for a fresh webhook-timestamp. */
  signingToken?: string | null;
  verifyTls?: boolean;
}

export interface SendPreview {
  /** The headers sendSample would send for this request (fresh ids and timestamp each time), secrets masked. */
  headers: RawHeaders;
  /** The known traps of this send, in words (e.g. a Pipeline Hook aimed at GitLab's trigger API); empty when none. */
  warnings: string[];
}

export interface ReplayPreview {
  /** What the replay will not do as the user may expect, in words (e.g. a signature that will not verify). */
  warnings: string[];
}

export interface SavedSamples {
  folder: string;
  entries: SavedSampleEntry[];
}

export interface TriggerPresets {
  /** The `triggers` folder inside the saved samples folder. */
  folder: string;
  entries: TriggerPresetEntry[];
}

export interface Routes {
  /** The `routes` folder inside the saved samples folder. */
  folder: string;
  /** In the order they are tried: this run's flag routes, then the files by name. */
  entries: RouteEntry[];
}

/** A request to try against the routes, as the Routes screen's "test a path" asks. */
export interface RouteTest {
  method: string;
  /** Path and query, like /gitlab/push?x=1. */
  url: string;
  headers?: Array<[string, string]>;
}

/** The ids and time a delivery goes out with: Compose holds them, so its preview shows what the Send carries. */
export interface DeliveryIds {
  /** Idempotency-Key, and webhook-id (the same value, as GitLab sends). */
  idempotencyKey: string;
  /** X-Gitlab-Webhook-UUID. */
  webhookUuid: string;
  /** X-Gitlab-Event-UUID, the recursion-chain id. */
  eventUuid: string;
  /** webhook-timestamp, in Unix seconds. */
  timestamp: number;
}

/** Edit and resend: the delivery a send is made from, whose method it keeps and to which it is linked. */
export interface ResendOf {
  id: number;
  method: string;
}

export interface SendSampleRequest {
  /** The receiver's URL; user:pass@ in it becomes Basic auth, as GitLab does. */
  to: string;
  event: string;
  /**
   * The payload's text; give this or payloadBase64. Null only with `resendOf`: the delivery's own bytes,
   * unchanged (a body that is not text, shown read-only).
   */
  payload?: string | null;
  /** The payload's exact bytes, base64 (a file's, which need not be UTF-8), sent as they are; give this or payload. */
  payloadBase64?: string;
  /**
   * `gitlab` (the default for a sample): the JSON text as GitLab's compact bytes, refused in words when it is
   * not JSON; `as-typed` (the default with `resendOf`): the text's UTF-8 bytes exactly.
   */
  serialization?: PayloadSerialization;
  /** The ids and timestamp to send; fresh ones on every call when omitted. Ignored with `resendOf`. */
  ids?: DeliveryIds;
  /** The instance X-Gitlab-Instance names (the sample context's); the Sending settings' GitLab URL when omitted. */
  gitlabUrl?: string;
  /**
   * When set, `headers` are the delivery's own headers as edited and are sent as they are (GitLab's are not
   * generated), with this method; the send is stored as a replay of that delivery.
   */
  resendOf?: ResendOf;
  secretToken?: string | null;
  signingToken?: string | null;
  headers?: RawHeaders;
  /** Overrides the sending settings for this target. */
  verifyTls?: boolean;
}

export interface TriggerRequest {
  preset: TriggerPreset;
  /** Given for this call; never stored with the delivery. */
  secrets?: TriggerSecrets;
  /** The preset's file, whose saved secrets fill in those not given. */
  file?: string | null;
  /** Overrides the sending settings for this call. */
  verifyTls?: boolean;
  /** For a Jenkins GitLab plugin preset: these exact bytes (base64) instead of its payload, e.g. a file's. */
  payloadBase64?: string;
}

/** Which deliveries a bulk action takes: these ids, or every delivery the search matches when the action runs. */
export type DeliverySelection = { ids: number[] } | { search: string };

/** The most deliveries one bulk action takes; a larger selection is refused in words. */
export const BULK_LIMIT = 10_000;

/** How many replays of a bulk replay are in flight at once, unless asked otherwise (at most BULK_MAX_CONCURRENCY). */
export const BULK_DEFAULT_CONCURRENCY = 4;
export const BULK_MAX_CONCURRENCY = 32;

export interface BulkReplayRequest {
  selection: DeliverySelection;
  /** Where every delivery goes; a bare origin keeps each delivery's own path and query, as one replay does. */
  to: string;
  concurrency?: number;
  keepIdempotencyKey?: boolean;
  signingToken?: string | null;
  verifyTls?: boolean;
}

/** One delivery a bulk replay did not get a 2xx for: the replay stored (null when none was sent) and why, in words. */
export interface BulkReplayFailure {
  id: number;
  replayId: number | null;
  reason: string;
}

/** A bulk replay run by the core: it goes on whether or not a window watches it. */
export interface BulkReplayJob {
  jobId: number;
  to: string;
  total: number;
  /** Answered 200–299 (green, as GitLab counts a delivery). */
  succeeded: number;
  /** Any other status, a transport error, or a delivery that cannot be replayed (red). */
  failed: number;
  /** `cancelling`: no new sends start, the ones in flight finish and are stored. */
  state: 'running' | 'cancelling' | 'cancelled' | 'finished';
  /** The first failures, oldest first (at most BULK_FAILURES_LISTED). */
  failures: BulkReplayFailure[];
  startedAt: number;
  finishedAt: number | null;
}

export const BULK_FAILURES_LISTED = 200;

export interface Contract {
  /** Rows as stored, but for secrets in their URLs, which are masked. */
  listDeliveries(query: DeliveryQuery): DeliveryPage;
  /**
   * The delivery as stored (the wire's bytes), with secrets masked unless `revealSecrets`: credential headers,
   * token parameters, fields and keys, and every secret Hookbench holds or sent with.
   */
  getDelivery(id: number, revealSecrets?: boolean): DeliveryDetail | null;
  /**
   * `limit` bytes (all by default) from `offset` of the body's exact bytes, secrets masked as in getDelivery
   * unless `revealSecrets`; null when the delivery has no such part. Offsets are in the body as shown. A slice
   * from an offset past 0 continues the slice from 0 asked before it, masked as that one was.
   */
  getBodyBytes(id: number, part: BodyPart, revealSecrets?: boolean, offset?: number, limit?: number): BodyBytes | null;
  /** Deletes; for a few seconds restoreDeliveries can put them back. Returns how many went. */
  deleteDeliveries(ids: number[]): number;
  /** Puts back deliveries this core deleted a few seconds ago (the Undo after Delete), under their own ids. */
  restoreDeliveries(ids: number[]): number;
  /** Removes every delivery but the pinned ones. */
  clearDeliveries(): void;
  getDeliveryMark(id: number): StoredMark;
  /** Pins (kept by retention and by Clear all) and notes a delivery; returns the mark as stored. */
  setDeliveryMark(id: number, mark: DeliveryMark): StoredMark;
  /** Stores each entry of a HAR 1.2 or Hookbench NDJSON file's text as a delivery (origin `imported`, with `fileName`). */
  importDeliveries(fileName: string, text: string): ImportReport;
  getCounts(): Counts;
  getReceiverState(): ReceiverState;
  getStorageState(): StorageState;
  /** Renames an unusable hookbench.db (and its -wal, -shm) to hookbench.db.corrupt-<time> and starts an empty store. */
  moveStoreAside(): StorageRepair;
  /** Copies every readable delivery of a damaged store into a fresh one; the damaged file is moved aside. */
  recoverStore(): StorageRepair;
  /** Keeps this run's deliveries in another folder (created private if missing); settings stay where they are. */
  useDataFolder(path: string): StorageRepair;
  getSettings(): Settings;
  updateSettings(patch: SettingsPatch): Settings;
  /** Secret headers and every value held in the secret store are masked unless `revealSecrets` is true. */
  exportDeliveries(format: ExportFormat, ids?: number[], revealSecrets?: boolean): string;
  generateSample(request: SampleRequest): GeneratedSampleText;
  /** Sends as GitLab does and stores the exchange as an outbound delivery (origin `sample`, or `replay` linked to `resendOf`). */
  /** The delivery it stored, with its response, as getDelivery gives it: no second call to show it. */
  sendSample(request: SendSampleRequest): DeliveryDetail;
  /** What sendSample would send for this request (fresh ids and timestamp unless `ids`), secrets masked, and its known traps. */
  previewSampleHeaders(request: SendSampleRequest): SendPreview;
  /** Sends a delivery again, same bytes and headers; stored with origin `replay` and linked to it. */
  /** The replay it stored, with its response, as getDelivery gives it. */
  replayDelivery(request: ReplayRequest): DeliveryDetail;
  /** The warnings replayDelivery's request would meet, before it is sent. */
  previewReplay(request: ReplayRequest): ReplayPreview;
  listSavedSamples(): SavedSamples;
  readSavedSample(file: string): SavedSample;
  /** Writes the sample as a JSON file in the samples folder; returns the file name. */
  saveSample(sample: SavedSample, overwrite?: boolean): string;
  listTriggerPresets(): TriggerPresets;
  readTriggerPreset(file: string): TriggerPreset;
  /**
   * Writes the preset (never its secrets) as a JSON file in the presets folder: to `file`, or to a file named
   * after the preset; refuses to replace an existing file unless `overwrite`. Returns the file name.
   */
  saveTriggerPreset(preset: TriggerPreset, file?: string | null, overwrite?: boolean): string;
  deleteTriggerPreset(file: string): void;
  listRoutes(): Routes;
  /** Writes the route as a JSON file in the routes folder (to `file`, or named after the route); returns the file name. */
  saveRoute(route: Route, file?: string | null, overwrite?: boolean): string;
  deleteRoute(file: string): void;
  /** What the routes in force would do with this request; nothing is sent or counted. */
  testRoute(request: RouteTest): RouteTestResult;
  /** What GitLab would conclude about the hook at this URL (its query ignored), from its forwards and sends. */
  getGitlabVerdict(target: string): GitlabVerdict;
  /** What stands between GitLab and this receiver: the tunnel commands with its port, which tools are on PATH. */
  getTunnelGuide(): TunnelGuide;
  /** Starts the tool (on PATH) and resolves with the public URL it printed, or why there is none. */
  startTunnel(tool: TunnelTool): TunnelState;
  stopTunnel(): void;
  getSecretsState(): SecretsState;
  /** Sets a secret, or clears it with null; the value never comes back except through revealSecret. */
  setSecret(name: SecretName, value: string | null): SecretsState;
  /** The plain value, for the UI's reveal on click; null when it is not set. */
  revealSecret(name: SecretName): string | null;
  /** The exact request a preset makes, its curl command and its known traps; secrets masked unless `reveal`. */
  previewTrigger(request: TriggerRequest, reveal?: boolean): TriggerPreview;
  /** Fires a preset's call, stores it (origin `trigger`, as sent) and explains the answer. */
  sendTrigger(request: TriggerRequest): { delivery: DeliveryDetail; explanation: TriggerExplanation };
  /** The inbox's traffic chart: deliveries per bucket of received time, by status class (a forward's pair once). */
  getTraffic(request: TrafficRequest): Traffic;
  /** The built-in scenarios, then the files in the samples folder's `scenarios/` (each with its problem, if any). */
  listScenarios(): Scenarios;
  /** A scenario's steps and payloads as its seed and start tell them (new ones when not given); nothing is sent. */
  previewScenario(request: StoryRequest): StoryPreview;
  /** Sends one step or every step as GitLab does, each stored (origin `sample`), with its answer and GitLab's verdict. */
  playScenario(request: PlayScenarioRequest): ScenarioPlay;
  /**
   * Starts a check run at a receiver: answers at once with state `running`, then checkRunChanged after each case
   * and at the end. Its deliveries are stored with origin `check`; its tokens are never stored.
   */
  startCheckRun(request: CheckRunRequest): CheckRun;
  /** A run of this data folder, by any process; null when there is none. */
  getCheckRun(id: number): CheckRun | null;
  /** The folder's runs (on one target when given), newest first, whichever process ran them. */
  listCheckRuns(target?: string): CheckRunSummary[];
  /** Stops a running run after its current case; returns it as it stands (`cancelled`). */
  cancelCheckRun(id: number): CheckRun;
  /** The check files in the samples folder's `checks/`, with why a file cannot be used. */
  listCheckFiles(): CheckFiles;
  /** The ids of a selection, newest first; refuses a selection of more than BULK_LIMIT deliveries in words. */
  resolveSelection(selection: DeliverySelection): number[];
  /** Starts replaying a selection to one target as a job of the core; its progress comes as `bulkReplayChanged`. */
  startBulkReplay(request: BulkReplayRequest): BulkReplayJob;
  /** Starts no new sends of the job; those in flight finish and are stored. */
  cancelBulkReplay(jobId: number): BulkReplayJob;
  /** This core's bulk replays, running and recent, newest first: a window opened later shows them. */
  listBulkReplays(): BulkReplayJob[];
}

export type ContractMethod = keyof Contract;
export type ContractArgs<M extends ContractMethod> = Parameters<Contract[M]>;
export type ContractResult<M extends ContractMethod> = ReturnType<Contract[M]>;

/** What the core implements: each method may answer synchronously or not. */
export type ContractHandlers = {
  [M in ContractMethod]: (...args: ContractArgs<M>) => ContractResult<M> | Promise<ContractResult<M>>;
};

/** What the renderer holds: every call crosses a process or network boundary. */
export type ContractClient = {
  [M in ContractMethod]: (...args: ContractArgs<M>) => Promise<ContractResult<M>>;
};

export const contractMethods = {
  listDeliveries: true,
  getDelivery: true,
  getBodyBytes: true,
  deleteDeliveries: true,
  restoreDeliveries: true,
  getDeliveryMark: true,
  setDeliveryMark: true,
  importDeliveries: true,
  clearDeliveries: true,
  getCounts: true,
  getReceiverState: true,
  getStorageState: true,
  moveStoreAside: true,
  recoverStore: true,
  useDataFolder: true,
  getSettings: true,
  updateSettings: true,
  exportDeliveries: true,
  generateSample: true,
  sendSample: true,
  previewSampleHeaders: true,
  replayDelivery: true,
  previewReplay: true,
  listSavedSamples: true,
  readSavedSample: true,
  saveSample: true,
  listTriggerPresets: true,
  readTriggerPreset: true,
  saveTriggerPreset: true,
  deleteTriggerPreset: true,
  listRoutes: true,
  saveRoute: true,
  deleteRoute: true,
  testRoute: true,
  getGitlabVerdict: true,
  getTunnelGuide: true,
  startTunnel: true,
  stopTunnel: true,
  getSecretsState: true,
  setSecret: true,
  revealSecret: true,
  previewTrigger: true,
  sendTrigger: true,
  getTraffic: true,
  listScenarios: true,
  previewScenario: true,
  playScenario: true,
  startCheckRun: true,
  getCheckRun: true,
  listCheckRuns: true,
  cancelCheckRun: true,
  listCheckFiles: true,
  resolveSelection: true,
  startBulkReplay: true,
  cancelBulkReplay: true,
  listBulkReplays: true,
} as const satisfies Record<ContractMethod, true>;

/** The one method whose answer is raw bytes: the web face serves it on GET /api/body/:id/:part, never inside JSON. */
export const RAW_BYTES_METHOD = 'getBodyBytes' satisfies ContractMethod;

export const contractMethodNames = Object.keys(contractMethods) as ContractMethod[];

export function isContractMethod(name: unknown): name is ContractMethod {
  return typeof name === 'string' && Object.hasOwn(contractMethods, name);
}

export interface DeliveriesChanged {
  /**
   * The deliveries stored since the last announcement, by any process on the folder, and those announced before
   * that changed since (a forward's capture once its sender has the answer), newest first (capped). A row whose
   * id is already shown replaces it in place.
   */
  rows: DeliveryRow[];
  /** Their ids, newest first; refetch when `more` is set, as the cap left some out. */
  ids: number[];
  more: boolean;
  /** True when deliveries were removed (clear, delete, retention), here or by another process. */
  removed: boolean;
  /** The folder's counts, true whichever process wrote. */
  counts: Counts;
}

export interface ContractEvents {
  deliveriesChanged: DeliveriesChanged;
  receiverState: ReceiverState;
  /** The store was repaired or moved (by this window, another one, or a face). */
  storageState: StorageState;
  /** Files in the samples folder were added, edited or removed, by the app or anyone else. */
  savedSamplesChanged: { folder: string };
  /** Preset files were added, edited or removed (by anyone), or a scheduled run moved a preset's next run. */
  triggerPresetsChanged: { folder: string };
  /** Route files were added, edited or removed (by anyone): the routes in force changed. */
  routesChanged: { folder: string };
  /** A tunnel started, printed its URL, or stopped. */
  tunnelChanged: TunnelState;
  /** A secret was set or cleared (by this window or another face). */
  secretsChanged: SecretsState;
  /** The desktop app's core process stopped unexpectedly and was restarted (reload everything), or could not be. */
  coreProcessChanged: CoreProcessChange;
  /** Scenario files were added, edited or removed (by anyone). */
  scenariosChanged: { folder: string };
  /** A check run started, finished a case, finished or was cancelled (in this process). */
  checkRunChanged: CheckRun;
  /** A bulk replay started, moved on (at most every few hundred milliseconds), or ended. */
  bulkReplayChanged: BulkReplayJob;
}

export interface CoreProcessChange {
  state: 'restarted' | 'stopped';
  /** What happened and what it means, in words: "Hookbench's core restarted: …". */
  message: string;
}

export type ContractEventName = keyof ContractEvents;

export type ContractEventListener = <E extends ContractEventName>(name: E, payload: ContractEvents[E]) => void;

export const contractEventNames = [
  'deliveriesChanged', 'receiverState', 'storageState', 'savedSamplesChanged', 'triggerPresetsChanged', 'secretsChanged',
  'routesChanged', 'tunnelChanged', 'coreProcessChanged', 'scenariosChanged', 'checkRunChanged', 'bulkReplayChanged',
] as const satisfies readonly ContractEventName[];

/**
 * The bridge the Electron preload exposes as `window.hookbench`, and the web bridge mirrors. A call resolves with
 * its outcome as data, failures included: an error thrown across Electron's context bridge would lose its kind
 * and code, so the renderer's client (api/client.ts) is where a failure becomes a thrown ContractError.
 */
export interface HookbenchBridge {
  call<M extends ContractMethod>(method: M, ...args: ContractArgs<M>): Promise<CallOutcome>;
  on(listener: ContractEventListener): () => void;
  /** Only in the desktop app (the preload); the web bridge has none. */
  desktop?: DesktopBridge;
  /** Reports whether the core can be reached (see connection.ts); a bridge without it is always connected. */
  onConnection?(listener: ConnectionListener): () => void;
}
