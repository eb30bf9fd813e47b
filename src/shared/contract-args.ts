/**
 * How each contract method's arguments are parsed at the boundary, beside `contractMethods`: a face hands the
 * core only arguments of the contract's types, and a malformed call is a `bad-call` naming the argument.
 * The shapes are checked here; what the values mean (a URL that parses, a limit in range, a preset's fields,
 * a settings patch) the core checks and refuses in words.
 */
import {
  anyValue, ArgumentsError, args, flag, headerPairs, listOf, nullable, objectCheckedInCore, oneOf, optional, optionalArgument, shape, text, wholeNumber, type Check,
} from './arg-checks';
import type {
  BulkReplayRequest, ContractArgs, ContractMethod, DeliveryIds, DeliverySelection, DeliveryMark, DeliveryQuery, ReplayRequest, ResendOf, RouteTest, SampleRequest, SendSampleRequest, TriggerRequest,
} from './contract';
import type { BodyPart, Origin, StatusClass } from './delivery';
import type { SampleContext } from './sample-context';
import type { SavedSample } from './saved-sample';
import type { SecretName } from './secrets';
import type { SettingsPatch } from './settings';
import type { TriggerPreset, TriggerSecrets } from './trigger-preset';
import type { Route } from './route';
import { TUNNEL_TOOLS } from './tunnel';
import type { TrafficRequest } from './traffic';
import type { PlayScenarioRequest, StoryRequest } from './scenario';
import { CHECK_CASE_KINDS, type CheckRunRequest } from './check-run';

const STATUS_CLASSES: readonly StatusClass[] = ['pending', 'success', 'failure', 'internal-error'];
const ORIGINS: readonly Origin[] = ['captured', 'forwarded', 'replay', 'sample', 'trigger', 'imported', 'check'];
const BODY_PARTS: readonly BodyPart[] = ['request', 'response'];

const deliveryQuery = shape<DeliveryQuery>({
  offset: wholeNumber,
  limit: wholeNumber,
  beforeId: optional(wholeNumber),
  search: optional(text),
  statusClasses: optional(listOf(oneOf(STATUS_CLASSES))),
  origins: optional(listOf(oneOf(ORIGINS))),
  event: optional(text),
  parentId: optional(wholeNumber),
});

const sampleRequest = shape<SampleRequest>({
  event: text,
  variant: optional(text),
  context: optional(objectCheckedInCore<Partial<SampleContext>>()),
});

const deliveryIds = shape<DeliveryIds>({ idempotencyKey: text, webhookUuid: text, eventUuid: text, timestamp: wholeNumber });

const sendSampleRequest = shape<SendSampleRequest>({
  to: text,
  event: text,
  payload: optional(nullable(text)),
  payloadBase64: optional(text),
  serialization: optional(oneOf(['gitlab', 'as-typed'] as const)),
  ids: optional(deliveryIds),
  gitlabUrl: optional(text),
  resendOf: optional(shape<ResendOf>({ id: wholeNumber, method: text })),
  secretToken: optional(nullable(text)),
  signingToken: optional(nullable(text)),
  headers: optional(headerPairs),
  verifyTls: optional(flag),
});

const replayRequest = shape<ReplayRequest>({
  id: wholeNumber,
  to: optional(text),
  keepIdempotencyKey: optional(flag),
  signingToken: optional(nullable(text)),
  verifyTls: optional(flag),
});

const savedSample = shape<SavedSample>({ name: text, event: text, variant: nullable(text), headers: headerPairs, payload: anyValue });

const triggerRequest = shape<TriggerRequest>({
  preset: objectCheckedInCore<TriggerPreset>(),
  secrets: optional(objectCheckedInCore<TriggerSecrets>()),
  file: optional(nullable(text)),
  verifyTls: optional(flag),
  payloadBase64: optional(text),
});

const storyFields = { scenario: text, seed: optional(wholeNumber), startAt: optional(wholeNumber) };

const playScenarioRequest = shape<PlayScenarioRequest>({
  ...storyFields,
  to: optional(nullable(text)),
  step: optional(wholeNumber),
  delays: optional(flag),
  secretToken: optional(nullable(text)),
  signingToken: optional(nullable(text)),
  verifyTls: optional(flag),
});

const selectedIds = shape<{ ids: number[] }>({ ids: listOf(wholeNumber) });
const selectedSearch = shape<{ search: string }>({ search: text });

/** Exactly one of ids and search: a selection naming both would leave which one wins to guesswork. */
const deliverySelection: Check<DeliverySelection> = (value, where) => {
  const given = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  if (given.length === 1 && given[0] === 'ids') return selectedIds(value, where);
  if (given.length === 1 && given[0] === 'search') return selectedSearch(value, where);
  throw new ArgumentsError(`${where} must be { ids: [...] } or { search: "..." }.`);
};

const bulkReplayRequest = shape<BulkReplayRequest>({
  selection: deliverySelection,
  to: text,
  concurrency: optional(wholeNumber),
  keepIdempotencyKey: optional(flag),
  signingToken: optional(nullable(text)),
  verifyTls: optional(flag),
});

const checkRunRequest = shape<CheckRunRequest>({
  to: text,
  checkFile: optional(nullable(text)),
  checkFileText: optional(text),
  events: optional(listOf(text)),
  kinds: optional(listOf(oneOf(CHECK_CASE_KINDS))),
  secretToken: optional(nullable(text)),
  signingToken: optional(nullable(text)),
  caseTimeoutMs: optional(wholeNumber),
});

/** Which names exist is the secret store's to say; here a name is text. */
const secretName = text as Check<SecretName>;

type ArgsParsers = { [M in ContractMethod]: (values: unknown[]) => ContractArgs<M> };

export const contractArgs: ArgsParsers = {
  listDeliveries: args(deliveryQuery),
  getDelivery: args(wholeNumber, optionalArgument(flag)),
  getBodyBytes: args(wholeNumber, oneOf(BODY_PARTS), optionalArgument(flag), optionalArgument(wholeNumber), optionalArgument(wholeNumber)),
  deleteDeliveries: args(listOf(wholeNumber)),
  restoreDeliveries: args(listOf(wholeNumber)),
  getDeliveryMark: args(wholeNumber),
  setDeliveryMark: args(wholeNumber, shape<DeliveryMark>({ pinned: flag, note: nullable(text) })),
  importDeliveries: args(text, text),
  clearDeliveries: args(),
  getCounts: args(),
  getReceiverState: args(),
  getStorageState: args(),
  moveStoreAside: args(),
  recoverStore: args(),
  useDataFolder: args(text),
  getSettings: args(),
  updateSettings: args(objectCheckedInCore<SettingsPatch>()),
  exportDeliveries: args(oneOf(['har', 'ndjson'] as const), optionalArgument(listOf(wholeNumber)), optionalArgument(flag)),
  generateSample: args(sampleRequest),
  sendSample: args(sendSampleRequest),
  previewSampleHeaders: args(sendSampleRequest),
  replayDelivery: args(replayRequest),
  previewReplay: args(replayRequest),
  listSavedSamples: args(),
  readSavedSample: args(text),
  saveSample: args(savedSample, optionalArgument(flag)),
  listTriggerPresets: args(),
  readTriggerPreset: args(text),
  saveTriggerPreset: args(objectCheckedInCore<TriggerPreset>(), optional(nullable(text)), optionalArgument(flag)),
  deleteTriggerPreset: args(text),
  listRoutes: args(),
  saveRoute: args(objectCheckedInCore<Route>(), optional(nullable(text)), optionalArgument(flag)),
  deleteRoute: args(text),
  getGitlabVerdict: args(text),
  getTunnelGuide: args(),
  startTunnel: args(oneOf(TUNNEL_TOOLS)),
  stopTunnel: args(),
  testRoute: args(shape<RouteTest>({ method: text, url: text, headers: optional(headerPairs) })),
  getSecretsState: args(),
  setSecret: args(secretName, nullable(text)),
  revealSecret: args(secretName),
  previewTrigger: args(triggerRequest, optionalArgument(flag)),
  sendTrigger: args(triggerRequest),
  getTraffic: args(shape<TrafficRequest>({ from: wholeNumber, bucketMs: wholeNumber, buckets: wholeNumber })),
  listScenarios: args(),
  previewScenario: args(shape<StoryRequest>(storyFields)),
  playScenario: args(playScenarioRequest),
  startCheckRun: args(checkRunRequest),
  getCheckRun: args(wholeNumber),
  listCheckRuns: args(optionalArgument(text)),
  cancelCheckRun: args(wholeNumber),
  listCheckFiles: args(),
  resolveSelection: args(deliverySelection),
  startBulkReplay: args(bulkReplayRequest),
  cancelBulkReplay: args(wholeNumber),
  listBulkReplays: args(),
};
