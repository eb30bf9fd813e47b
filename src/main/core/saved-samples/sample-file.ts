import { UserError } from '@shared/user-error';
import { parseJson } from '../json-folder/json-folder';
import type { SavedSample } from '@shared/saved-sample';

/** Parses a sample file, saying in words what is wrong with one that is not a sample. */
export function parseSample(text: string): SavedSample {
  const value = parseJson(text);
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
