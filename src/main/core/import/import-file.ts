import { UserError } from '@shared/user-error';
import type { DeliveryRecord } from '../store/delivery-record';
import { harEntryRecord } from './har-import';
import { isObject, type ImportedEntry } from './imported-record';
import { ndjsonLineRecord } from './ndjson-import';

export interface ParsedImport {
  format: 'har' | 'ndjson';
  records: DeliveryRecord[];
  /** "entry 3: why", one per entry left out. */
  skipped: string[];
}

function collect(format: ParsedImport['format'], entries: ImportedEntry[], label: string): ParsedImport {
  const records: DeliveryRecord[] = [];
  const skipped: string[] = [];
  entries.forEach((entry, index) => {
    if ('record' in entry) records.push(entry.record);
    else skipped.push(`${label} ${index + 1}: ${entry.skipped}`);
  });
  return { format, records, skipped };
}

/** A HAR 1.2 file (an object with log.entries) or Hookbench NDJSON (one delivery per line); refuses anything else in words. */
export function parseImportFile(text: string): ParsedImport {
  const trimmed = text.trim();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    // Not one JSON document: NDJSON lines, read below.
  }
  if (isObject(parsed) && isObject(parsed.log)) {
    if (!Array.isArray(parsed.log.entries)) throw new UserError('This HAR file has no log.entries list.');
    return collect('har', parsed.log.entries.map(harEntryRecord), 'entry');
  }
  const lines = trimmed.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0 || !lines[0].trim().startsWith('{')) {
    throw new UserError('This is neither a HAR file (JSON with log.entries) nor Hookbench NDJSON (one JSON delivery per line).');
  }
  return collect('ndjson', lines.map(ndjsonLineRecord), 'line');
}
