/** A file given to `--file`: its bytes as they are, or a saved sample (`{name, event, variant, headers, payload}`). */
import { readFileSync } from 'node:fs';
import type { SavedSample } from '@shared/saved-sample';
import { UserError } from '@shared/user-error';
import { sampleText } from '../../core/samples';
import { parseSample } from '../../core/saved-samples/sample-file';

export type PayloadFile = { sample: null; bytes: Buffer } | { sample: SavedSample; bytes: Buffer };

/** The bytes a saved sample sends: its payload's own text when it keeps one, its JSON as the app shows it otherwise. */
export function samplePayloadBytes(sample: SavedSample): Buffer {
  return Buffer.from(typeof sample.payload === 'string' ? sample.payload : sampleText(sample.payload as Record<string, unknown>), 'utf8');
}

/** A saved sample's wrapper has exactly these keys (variant and headers optional); a webhook payload has others. */
function looksLikeSample(bytes: Buffer): boolean {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return ['name', 'event', 'payload'].every((key) => keys.includes(key)) && keys.every((key) => ['name', 'event', 'variant', 'headers', 'payload'].includes(key));
}

export function readPayloadFile(file: string): PayloadFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UserError(`Could not read ${file}: ${(error as Error).message}`);
  }
  if (!looksLikeSample(bytes)) return { sample: null, bytes };
  let sample: SavedSample;
  try {
    sample = parseSample(bytes.toString('utf8'));
  } catch (error) {
    throw new UserError(`${file} looks like a saved sample but is not one: ${(error as Error).message}`);
  }
  return { sample, bytes: samplePayloadBytes(sample) };
}

/** The event a sample sends with: the one named on the command line must agree with it. */
export function sampleEvent(sample: SavedSample, named: string | undefined, from: string): string {
  if (named !== undefined && named !== sample.event) {
    throw new UserError(`${from} is a ${sample.event} sample, not ${named}: leave out the event or name ${sample.event}.`);
  }
  return sample.event;
}
