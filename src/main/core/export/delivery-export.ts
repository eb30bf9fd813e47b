/**
 * The one export of stored deliveries, chunk by chunk (a delivery at a time, never the history as one string):
 * the contract's exportDeliveries joins the chunks for the UI, `hookbench export` writes each to its file or
 * standard output as it comes, from a store opened read-only.
 */
import type { ExportFormat } from '@shared/contract';
import { SecretStore } from '../secrets/secret-store';
import type { SecretKeyChoice } from '../secrets/secret-key';
import { DeliveryStore } from '../store/delivery-store';
import { harChunks } from './har';
import { ndjsonChunks } from './ndjson';
import { REVEAL_SECRETS, maskSecrets } from './redaction';

export interface ExportRequest {
  format: ExportFormat;
  /** Every delivery when absent. */
  ids?: readonly number[];
  /** Secret headers and the values of `secretValues` are masked unless true. */
  revealSecrets?: boolean;
}

/** The export's text, a delivery at a time, for the reader to take at its own pace. */
export function exportChunks(store: DeliveryStore, request: ExportRequest, secretValues: readonly string[]): Generator<string> {
  const chunks = request.format === 'har' ? harChunks : ndjsonChunks;
  return chunks(store, request.ids, request.revealSecrets === true ? REVEAL_SECRETS : maskSecrets([...secretValues]));
}

export interface ExportRun {
  chunks: Iterable<string>;
  /**
   * What the export could not do as asked, in words, once its chunks are read: deliveries a damaged store could
   * not give back, or secrets.json unreadable (so less is masked).
   */
  warnings(): string[];
}

export interface ReadOnlyExport {
  /** How many deliveries the last run exported. */
  readonly written: number;
  run(request: ExportRequest): ExportRun;
  /** Runs the export into `write`; returns its warnings. */
  write(request: ExportRequest, write: (chunk: string) => void): string[];
  close(): Promise<void>;
}

/** A data folder opened only to export: nothing is created, migrated, pruned or written. */
export function openReadOnlyExport(dataDir: string, secretKey: SecretKeyChoice): ReadOnlyExport {
  const store = new DeliveryStore(dataDir, { readOnly: true });
  const run = (request: ExportRequest): ExportRun => {
    const secrets = request.revealSecrets === true ? null : new SecretStore(dataDir, secretKey);
    return {
      chunks: exportChunks(store, request, secrets?.heldValues() ?? []),
      warnings: () =>
        [
          skippedWarning(store.exportReport.unreadable),
          secrets?.fileProblem ? `${secrets.fileProblem} Only secret headers (X-Gitlab-Token, Authorization, …) are masked in this export.` : null,
        ].filter((warning): warning is string => warning !== null),
    };
  };
  return {
    get written() {
      return store.exportReport.read;
    },
    run,
    write(request, write) {
      const exported = run(request);
      for (const chunk of exported.chunks) write(chunk);
      return exported.warnings();
    },
    close: () => store.close(),
  };
}

function skippedWarning(unreadable: readonly number[]): string | null {
  if (unreadable.length === 0) return null;
  const listed = `#${unreadable.slice(0, 20).join(', #')}${unreadable.length > 20 ? ', …' : ''}`;
  return `Skipped ${unreadable.length} deliveries that could not be read from the damaged store: ${listed}.`;
}
