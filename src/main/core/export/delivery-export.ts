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
  /** How many deliveries the last write exported. */
  readonly written: number;
  /**
   * Writes the export; returns what it could not do as asked, in words: deliveries a damaged store could not give
   * back, or secrets.json unreadable (so less is masked).
   */
  write(request: ExportRequest, write: (chunk: string) => void): string[];
  close(): Promise<void>;
}

/** A data folder opened only to export: nothing is created, migrated, pruned or written. */
export function openReadOnlyExport(dataDir: string, secretKey: SecretKeyChoice): ReadOnlyExport {
  const store = new DeliveryStore(dataDir, { readOnly: true });
  return {
    get written() {
      return store.exportReport.read;
    },
    write(request, write) {
      const secrets = request.revealSecrets === true ? null : new SecretStore(dataDir, secretKey);
      streamExport(store, request, secrets?.heldValues() ?? [], write);
      return [skippedWarning(store.exportReport.unreadable), secrets?.fileProblem ? `${secrets.fileProblem} Only secret headers (X-Gitlab-Token, Authorization, …) are masked in this export.` : null].filter(
        (warning): warning is string => warning !== null,
      );
    },
    close: () => store.close(),
  };
}

function skippedWarning(unreadable: readonly number[]): string | null {
  if (unreadable.length === 0) return null;
  const listed = `#${unreadable.slice(0, 20).join(', #')}${unreadable.length > 20 ? ', …' : ''}`;
  return `Skipped ${unreadable.length} deliveries that could not be read from the damaged store: ${listed}.`;
}
