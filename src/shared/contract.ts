/**
 * The one list of what a face may ask the core, and what the core announces.
 * The IPC handlers, the web routes, the preload bridge and the renderer client are all checked
 * against it; `contractMethods` makes a method missing from any of them a compile error.
 */
import type { BodyBytes, BodyPart, DeliveryDetail, DeliveryRow, Origin, RawHeaders, StatusClass } from './delivery';
import type { DesktopBridge } from './desktop';
import type { SampleContext } from './sample-context';
import type { SavedSample, SavedSampleEntry } from './saved-sample';
import type { SecretName, SecretsState } from './secrets';
import type { Settings, SettingsPatch } from './settings';
import type { TriggerExplanation, TriggerPreset, TriggerPresetEntry, TriggerPreview, TriggerSecrets } from './trigger-preset';

export interface DeliveryQuery {
  offset: number;
  limit: number;
  /** Matches event, path and body text. */
  search?: string;
  statusClasses?: StatusClass[];
  origins?: Origin[];
  event?: string;
  /** Only the replays of this delivery: the chain shown in its detail. */
  parentId?: number;
}

export interface DeliveryPage {
  rows: DeliveryRow[];
  /** How many deliveries match the query, for the virtual list's height. */
  total: number;
}

export interface Counts {
  total: number;
  failures: number;
  internalErrors: number;
}

export interface ReceiverState {
  status: 'listening' | 'stopped' | 'error';
  host: string;
  port: number;
  /** The URL to paste into GitLab, when listening. */
  url: string | null;
  /** True when bound beyond loopback: the UI shows a warning. */
  exposed: boolean;
  /** What went wrong and the way out, in words (e.g. the port is in use). */
  message: string | null;
}

export interface StorageState {
  dataDir: string;
  /** False when the data dir could not be used; deliveries then live in memory only. */
  persistent: boolean;
  message: string | null;
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

export interface SavedSamples {
  folder: string;
  entries: SavedSampleEntry[];
}

export interface TriggerPresets {
  /** The `triggers` folder inside the saved samples folder. */
  folder: string;
  entries: TriggerPresetEntry[];
}

export interface SendSampleRequest {
  /** The receiver's URL; user:pass@ in it becomes Basic auth, as GitLab does. */
  to: string;
  event: string;
  /** The payload exactly as it will be sent. */
  payload: string;
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
}

export interface Contract {
  listDeliveries(query: DeliveryQuery): DeliveryPage;
  getDelivery(id: number): DeliveryDetail | null;
  /** `limit` bytes of a body from `offset` (all of it by default); null when the delivery has no such part. */
  getBodyBytes(id: number, part: BodyPart, offset?: number, limit?: number | null): BodyBytes | null;
  deleteDeliveries(ids: number[]): number;
  clearDeliveries(): void;
  getCounts(): Counts;
  getReceiverState(): ReceiverState;
  getStorageState(): StorageState;
  getSettings(): Settings;
  updateSettings(patch: SettingsPatch): Settings;
  /** Secret headers and every value held in the secret store are masked unless `revealSecrets` is true. */
  exportDeliveries(format: ExportFormat, ids?: number[], revealSecrets?: boolean): string;
  generateSample(request: SampleRequest): GeneratedSampleText;
  /** Sends as GitLab does and stores the exchange as an outbound delivery (origin `sample`). */
  sendSample(request: SendSampleRequest): DeliveryRow;
  /** The headers sendSample would send for this request (fresh ids and timestamp each time), secrets masked. */
  previewSampleHeaders(request: SendSampleRequest): RawHeaders;
  /** Sends a delivery again, same bytes and headers; stored with origin `replay` and linked to it. */
  replayDelivery(request: ReplayRequest): DeliveryRow;
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
  getSecretsState(): SecretsState;
  /** Sets a secret, or clears it with null; the value never comes back except through revealSecret. */
  setSecret(name: SecretName, value: string | null): SecretsState;
  /** The plain value, for the UI's reveal on click; null when it is not set. */
  revealSecret(name: SecretName): string | null;
  /** The exact request a preset makes, its curl command and its known traps; secrets masked unless `reveal`. */
  previewTrigger(request: TriggerRequest, reveal?: boolean): TriggerPreview;
  /** Fires a preset's call, stores it (origin `trigger`, secrets masked) and explains the answer. */
  sendTrigger(request: TriggerRequest): { row: DeliveryRow; explanation: TriggerExplanation };
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
  clearDeliveries: true,
  getCounts: true,
  getReceiverState: true,
  getStorageState: true,
  getSettings: true,
  updateSettings: true,
  exportDeliveries: true,
  generateSample: true,
  sendSample: true,
  previewSampleHeaders: true,
  replayDelivery: true,
  listSavedSamples: true,
  readSavedSample: true,
  saveSample: true,
  listTriggerPresets: true,
  readTriggerPreset: true,
  saveTriggerPreset: true,
  deleteTriggerPreset: true,
  getSecretsState: true,
  setSecret: true,
  revealSecret: true,
  previewTrigger: true,
  sendTrigger: true,
} as const satisfies Record<ContractMethod, true>;

/** The one method whose answer is raw bytes: the web face serves it on GET /api/body/:id/:part, never as JSON. */
export const RAW_BYTES_METHOD = 'getBodyBytes' satisfies ContractMethod;

export const contractMethodNames = Object.keys(contractMethods) as ContractMethod[];

export function isContractMethod(name: unknown): name is ContractMethod {
  return typeof name === 'string' && Object.hasOwn(contractMethods, name);
}

export interface DeliveriesChanged {
  /** Ids added or updated since the last announcement (capped; refetch when `more` is set). */
  ids: number[];
  more: boolean;
  /** True when deliveries were removed (clear, delete, retention). */
  removed: boolean;
  counts: Counts;
}

export interface ContractEvents {
  deliveriesChanged: DeliveriesChanged;
  receiverState: ReceiverState;
  /** Files in the samples folder were added, edited or removed, by the app or anyone else. */
  savedSamplesChanged: { folder: string };
  /** Preset files were added, edited or removed (by anyone), or a scheduled run moved a preset's next run. */
  triggerPresetsChanged: { folder: string };
  /** A secret was set or cleared (by this window or another face). */
  secretsChanged: SecretsState;
  /** The desktop app's core process stopped unexpectedly and was restarted (reload everything), or could not be. */
  coreProcessChanged: CoreProcessChange;
}

export interface CoreProcessChange {
  state: 'restarted' | 'stopped';
  /** What happened and what it means, in words: "Hookbench's core restarted: …". */
  message: string;
}

export type ContractEventName = keyof ContractEvents;

export type ContractEventListener = <E extends ContractEventName>(name: E, payload: ContractEvents[E]) => void;

export const contractEventNames = [
  'deliveriesChanged', 'receiverState', 'savedSamplesChanged', 'triggerPresetsChanged', 'secretsChanged', 'coreProcessChanged',
] as const satisfies readonly ContractEventName[];

/** The bridge the Electron preload exposes as `window.hookbench`, and the web bridge mirrors. */
export interface HookbenchBridge {
  call<M extends ContractMethod>(method: M, ...args: ContractArgs<M>): Promise<ContractResult<M>>;
  on(listener: ContractEventListener): () => void;
  /** Only in the desktop app (the preload); the web bridge has none. */
  desktop?: DesktopBridge;
}
