/**
 * The one list of what a face may ask the core, and what the core announces.
 * The IPC handlers, the web routes, the preload bridge and the renderer client are all checked
 * against it; `contractMethods` makes a method missing from any of them a compile error.
 */
import type { BodyPart, BodyPayload, DeliveryDetail, DeliveryRow, Origin, RawHeaders, StatusClass } from './delivery';
import type { SampleContext } from './sample-context';
import type { SavedSample, SavedSampleEntry } from './saved-sample';
import type { Settings, SettingsPatch } from './settings';

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

export interface Contract {
  listDeliveries(query: DeliveryQuery): DeliveryPage;
  getDelivery(id: number): DeliveryDetail | null;
  getBody(id: number, part: BodyPart): BodyPayload | null;
  deleteDeliveries(ids: number[]): number;
  clearDeliveries(): void;
  getCounts(): Counts;
  getReceiverState(): ReceiverState;
  getStorageState(): StorageState;
  getSettings(): Settings;
  updateSettings(patch: SettingsPatch): Settings;
  exportDeliveries(format: ExportFormat, ids?: number[]): string;
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
  getBody: true,
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
} as const satisfies Record<ContractMethod, true>;

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
}

export type ContractEventName = keyof ContractEvents;

export type ContractEventListener = <E extends ContractEventName>(name: E, payload: ContractEvents[E]) => void;

export const contractEventNames = ['deliveriesChanged', 'receiverState', 'savedSamplesChanged'] as const satisfies readonly ContractEventName[];

/** The bridge the Electron preload exposes as `window.hookbench`, and the web bridge mirrors. */
export interface HookbenchBridge {
  call<M extends ContractMethod>(method: M, ...args: ContractArgs<M>): Promise<ContractResult<M>>;
  on(listener: ContractEventListener): () => void;
}
