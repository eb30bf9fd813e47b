import { basename } from 'node:path';
import type { ImportReport } from '@shared/contract';
import type { ChangeAnnouncer } from '../change-announcer';
import type { DeliveryStore } from '../store/delivery-store';
import { parseImportFile } from './import-file';

/** Stored a batch at a time, yielding between batches, so a big file never holds the receiver's event loop long. */
const BATCH = 100;

export async function importDeliveries(store: DeliveryStore, announcer: ChangeAnnouncer, fileName: string, text: string): Promise<ImportReport> {
  const { format, records, skipped } = parseImportFile(text);
  const file = basename(fileName) || 'an unnamed file';
  const ids: number[] = [];
  for (let at = 0; at < records.length; at += BATCH) {
    ids.push(...store.insertImported(records.slice(at, at + BATCH), file));
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (ids.length > 0) announcer.changed();
  return { format, imported: ids.length, ids, skipped };
}
