import { UserError } from '../user-error';
import type { SavedSample } from '../../../shared/saved-sample';

const FILE_NAME = /^[\w.-]+\.json$/;

/** A file name from a sample's name: lower-case words joined by dashes, safe on every system. */
export function fileNameFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  if (!slug) throw new UserError(`"${name}" cannot name a file: use letters or digits.`);
  return `${slug}.json`;
}

/** Only plain names inside the folder: never a path that could leave it. */
export function checkFileName(file: string): string {
  if (!FILE_NAME.test(file) || file.startsWith('.')) throw new UserError(`"${file}" is not a sample file name.`);
  return file;
}

export function serializeSample(sample: SavedSample): string {
  return `${JSON.stringify(sample, null, 2)}\n`;
}

/** Parses a sample file, saying in words what is wrong with one that is not a sample. */
export function parseSample(text: string): SavedSample {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`Not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError('Not a sample: the file must hold an object with name, event and payload.');
  }
  const { name, event, variant = null, headers = [], payload } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !name.trim()) throw new UserError('Not a sample: "name" must be text.');
  if (typeof event !== 'string' || !event.trim()) throw new UserError('Not a sample: "event" must be an X-Gitlab-Event value.');
  if (variant !== null && typeof variant !== 'string') throw new UserError('Not a sample: "variant" must be text or null.');
  const pairs = Array.isArray(headers) && headers.every((h) => Array.isArray(h) && h.length === 2 && h.every((v) => typeof v === 'string'));
  if (!pairs) throw new UserError('Not a sample: "headers" must be a list of [name, value] pairs.');
  if (payload === undefined) throw new UserError('Not a sample: "payload" is missing.');
  return { name, event, variant, headers: headers as SavedSample['headers'], payload };
}
