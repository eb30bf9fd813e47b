/**
 * The one export of stored deliveries, chunk by chunk (a delivery at a time, never the history as one string):
 * the contract's exportDeliveries joins the chunks for the UI, `hookbench export` writes each to its file or
 * standard output as it comes, from a store opened read-only.
 */
import type { ExportFormat } from '@shared/contract';
import { SecretStore } from '../secrets/secret-store';
import type { SecretKeyChoice } from '../secrets/secret-key';
import { DeliveryStore } from '../store/delivery-store';
import { writeHar } from './har';
import { writeNdjson } from './ndjson';
import { REVEAL_SECRETS, maskSecrets } from './redaction';

export interface ExportRequest {
  format: ExportFormat;
  /** Every delivery when absent. */
  ids?: readonly number[];
  /** Secret headers and the values of `secretValues` are masked unless true. */
  revealSecrets?: boolean;
}

export function streamExport(store: DeliveryStore, request: ExportRequest, secretValues: readonly string[], write: (chunk: string) => void): void {
  const writeFormat = request.format === 'har' ? writeHar : writeNdjson;
  const redaction = request.revealSecrets === true ? REVEAL_SECRETS : maskSecrets([...secretValues]);
  writeFormat(store, write, request.ids, redaction);
}

export interface ReadOnlyExport {
  /** How many deliveries the folder holds. */
  readonly count: number;
  /** Writes the export; returns what it could not do as asked (secrets.json unreadable, so less is masked), in words. */
  write(request: ExportRequest, write: (chunk: string) => void): string[];
  close(): Promise<void>;
}

/** A data folder opened only to export: nothing is created, migrated, pruned or written. */
export function openReadOnlyExport(dataDir: string, secretKey: SecretKeyChoice): ReadOnlyExport {
  const store = new DeliveryStore(dataDir, { readOnly: true });
  return {
    count: store.count,
    write(request, write) {
      if (request.revealSecrets === true) {
        streamExport(store, request, [], write);
        return [];
      }
      const secrets = new SecretStore(dataDir, secretKey);
      streamExport(store, request, secrets.heldValues(), write);
      return secrets.fileProblem ? [`${secrets.fileProblem} Only secret headers (X-Gitlab-Token, Authorization, …) are masked in this export.`] : [];
    },
    close: () => store.close(),
  };
}
