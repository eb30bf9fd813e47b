import type { TriggerPreset } from '@shared/trigger-preset';
import { parseJson } from '../json-folder/json-folder';
import { UserError } from '@shared/user-error';
import { checkedPreset } from './checked-preset';

/** Keys that would carry a secret: refused, so that nobody commits a token to git by hand. */
const SECRET_KEYS = new Set(['token', 'apitoken', 'secrettoken', 'password']);

/** Finds a secret-looking key anywhere but in the webhook payload, which is sent as written and holds no secrets. */
function secretKeyIn(value: unknown, top = true): string | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (top && key === 'payload') continue;
    if (!Array.isArray(value) && SECRET_KEYS.has(key.toLowerCase())) return key;
    const found = secretKeyIn(inner, false);
    if (found) return found;
  }
  return null;
}

/** A preset as it may be written to a file: checked, and never carrying a secret. */
export function presetForFile(value: unknown): TriggerPreset {
  const secretKey = secretKeyIn(value);
  if (secretKey) {
    throw new UserError(
      `This preset holds a secret ("${secretKey}"), but preset files are plain text meant to be shared in git. ` +
        `Remove "${secretKey}" from the file and enter the secret in the app, which keeps it encrypted.`,
    );
  }
  return checkedPreset(value);
}

/** Reads a preset file, saying in words what is wrong with one that cannot be used. */
export function parsePresetFile(text: string): TriggerPreset {
  return presetForFile(parseJson(text));
}
