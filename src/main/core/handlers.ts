import type { ContractHandlers, DeliveryQuery, ExportFormat } from '@shared/contract';
import type { SecretsState } from '@shared/secrets';
import { presetSecretName, SECRET_SLOTS } from '@shared/trigger-preset';
import type { BodyPart, Origin, StatusClass } from '@shared/delivery';
import { writeHar } from './export/har';
import { writeNdjson } from './export/ndjson';
import type { DeliveryStore } from './store/delivery-store';
import type { Receiver } from './receiver/receiver';
import type { SettingsKeeper } from './settings/settings-keeper';
import { UserError } from '@shared/user-error';
import { checkedReplayRequest, checkedSampleRequest, checkedSendRequest } from './outbound-requests';
import { replay } from './sender/replay';
import type { SampleFolder } from './saved-samples/sample-folder';
import { defaultSampleContext, generateSample, sampleText } from './samples';
import { previewGitlabHeaders } from './sender/header-preview';
import { gitlabDeliveryFor, sendAsGitlab } from './sender/send-as-gitlab';
import { rowOf, type DeliveryRecord } from './store/delivery-record';
import type { ChangeAnnouncer } from './change-announcer';
import { createPresetHandlers } from './presets/preset-handlers';
import type { TriggerPresets } from './presets/trigger-presets';
import type { SecretStore } from './secrets/secret-store';
import { checkedSecretName } from './secrets/secret-names';
import { REVEAL_SECRETS, maskSecrets } from './export/redaction';
import { createTriggerHandlers } from './triggers/trigger-handlers';

const STATUS_CLASSES: readonly StatusClass[] = ['pending', 'success', 'failure', 'internal-error'];
const ORIGINS: readonly Origin[] = ['captured', 'forwarded', 'replay', 'sample', 'trigger'];
const MAX_PAGE = 1000;

function deliveryId(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) throw new UserError(`${String(value)} is not a delivery id.`);
  return value as number;
}

function listOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => allowed.includes(v))) {
    throw new UserError(`${name} must be a list of ${allowed.join(', ')}.`);
  }
  return value as T[];
}

/** Arguments arrive from IPC and HTTP untyped, so every query is checked before it reaches SQL. */
function checkedQuery(query: unknown): DeliveryQuery {
  if (typeof query !== 'object' || query === null) throw new UserError('The list query must be an object.');
  const q = query as Record<string, unknown>;
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 100;
  if (!Number.isSafeInteger(offset) || (offset as number) < 0) throw new UserError('offset must be a whole number ≥ 0.');
  if (!Number.isSafeInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_PAGE) {
    throw new UserError(`limit must be a whole number from 1 to ${MAX_PAGE}.`);
  }
  for (const key of ['search', 'event'] as const) {
    if (q[key] !== undefined && typeof q[key] !== 'string') throw new UserError(`${key} must be text.`);
  }
  if (q.parentId !== undefined) deliveryId(q.parentId);
  return {
    offset: offset as number,
    limit: limit as number,
    parentId: q.parentId as number | undefined,
    search: q.search as string | undefined,
    event: q.event as string | undefined,
    statusClasses: listOf(q.statusClasses, STATUS_CLASSES, 'statusClasses'),
    origins: listOf(q.origins, ORIGINS, 'origins'),
  };
}

function bodyPart(value: unknown): BodyPart {
  if (value !== 'request' && value !== 'response') throw new UserError('The body part must be request or response.');
  return value;
}

function byteCount(value: unknown, name: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new UserError(`The body ${name} must be a whole number of bytes ≥ 0.`);
  return value as number;
}

function exportFormat(value: unknown): ExportFormat {
  if (value !== 'har' && value !== 'ndjson') throw new UserError('The export format must be har or ndjson.');
  return value;
}

export interface HandlerDeps {
  store: DeliveryStore;
  receiver: Receiver;
  settings: SettingsKeeper;
  announcer: ChangeAnnouncer;
  /** Stores an outbound delivery through the same writer as captured ones; resolves with its id. */
  storeRecord: (record: DeliveryRecord) => Promise<number>;
  /** The samples folder the settings name now. */
  sampleFolder: () => SampleFolder;
  presets: TriggerPresets;
  secrets: SecretStore;
  /** Every secret in use, including this run's command-line tokens, so exports can mask them. */
  secretValues: () => string[];
  secretsChanged: (state: SecretsState) => void;
}

export function createHandlers(deps: HandlerDeps): ContractHandlers {
  const { store, receiver, settings, announcer, storeRecord, sampleFolder, secrets } = deps;
  return {
    listDeliveries: (query) => store.list(checkedQuery(query)),
    getDelivery: (id) => store.getDetail(deliveryId(id)),
    getBodyBytes: (id, part, offset = 0, limit = null) =>
      store.getBodyRange(deliveryId(id), bodyPart(part), byteCount(offset, 'offset'), limit === null ? null : byteCount(limit, 'limit')),
    deleteDeliveries: (ids) => {
      if (!Array.isArray(ids)) throw new UserError('Pass the ids to delete as a list.');
      const removed = store.delete(ids.map(deliveryId));
      announcer.removedSome();
      return removed;
    },
    clearDeliveries: () => {
      store.clear();
      announcer.removedSome();
    },
    getCounts: () => store.counts(),
    getReceiverState: () => receiver.getState(),
    getStorageState: () => store.state,
    getSettings: () => settings.current,
    updateSettings: (patch) => settings.update(patch),
    exportDeliveries: (format, ids, revealSecrets) => {
      if (ids !== undefined && ids !== null && !Array.isArray(ids)) throw new UserError('Pass the ids to export as a list.');
      const chunks: string[] = [];
      const write = exportFormat(format) === 'har' ? writeHar : writeNdjson;
      const redaction = revealSecrets === true ? REVEAL_SECRETS : maskSecrets(deps.secretValues());
      write(store, (chunk) => chunks.push(chunk), ids?.map(deliveryId), redaction);
      return chunks.join('');
    },
    generateSample: (request) => {
      const { event, variant, context } = checkedSampleRequest(request);
      const sample = generateSample(event, variant, { ...defaultSampleContext, ...context });
      return { header: sample.header, payload: sampleText(sample.payload) };
    },
    sendSample: async (request) => {
      const record = await sendAsGitlab(gitlabDeliveryFor(checkedSendRequest(request), settings.current.sending));
      return rowOf(await storeRecord(record), record);
    },
    previewSampleHeaders: (request) => previewGitlabHeaders(gitlabDeliveryFor(checkedSendRequest(request), settings.current.sending)),
    replayDelivery: async (request) => {
      const checked = checkedReplayRequest(request);
      const original = store.getDetail(deliveryId(checked.id));
      if (!original) throw new UserError(`There is no delivery #${checked.id}: it may have been deleted or pruned.`);
      if (original.origin === 'trigger') {
        throw new UserError(
          `Delivery #${original.id} is a trigger call, stored with its tokens masked, so it cannot be sent again as it is. ` +
            'Send its preset again from Triggers, or run hookbench trigger with the token.',
        );
      }
      if (original.overLimit) {
        throw new UserError(`Delivery #${original.id} was over the body limit: its bytes were not kept, so it cannot be replayed.`);
      }
      const { sending } = settings.current;
      const record = await replay(original, store.getBody(original.id, 'request') ?? new Uint8Array(), {
        to: checked.to,
        keepIdempotencyKey: checked.keepIdempotencyKey ?? true,
        signingToken: checked.signingToken ?? null,
        timeoutMs: sending.timeoutMs,
        verifyTls: checked.verifyTls ?? sending.verifyTls,
      });
      return rowOf(await storeRecord(record), record);
    },
    listSavedSamples: () => {
      const folder = sampleFolder();
      return { folder: folder.path, entries: folder.list() };
    },
    readSavedSample: (file) => {
      if (typeof file !== 'string') throw new UserError('Name the sample file to read.');
      return sampleFolder().read(file);
    },
    saveSample: (sample, overwrite) => sampleFolder().save(sample, { overwrite: overwrite === true }),
    ...createPresetHandlers(deps.presets, (file) => {
      for (const slot of SECRET_SLOTS) secrets.set(presetSecretName(file, slot), null);
      deps.secretsChanged(secrets.state());
    }),
    getSecretsState: () => secrets.state(),
    setSecret: (name, value) => {
      const state = secrets.set(name, value);
      deps.secretsChanged(state);
      return state;
    },
    revealSecret: (name) => secrets.get(checkedSecretName(name)),
    ...createTriggerHandlers({ settings, secrets, storeRecord }),
  };
}
