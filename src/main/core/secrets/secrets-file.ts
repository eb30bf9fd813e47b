import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyParams, SecretKey } from './secret-key';

export const SECRETS_FILE = 'secrets.json';

/** secrets.json: every value sealed; names, the key's kind and its parameters (a salt) are not secret. */
export interface SecretsFile {
  format: 1;
  key: SecretKey['kind'];
  params: KeyParams;
  /** A known text sealed with the key: opening it proves the key right before any value is trusted or the file rewritten. */
  check: string;
  secrets: Record<string, string>;
}

export const CHECK_TEXT = 'hookbench-secrets';

const isRecordOf = (value: unknown, type: 'string' | 'string|number') =>
  typeof value === 'object' && value !== null && !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string' || (type === 'string|number' && typeof v === 'number'));

/** The file, or null when there is none; throws an Error saying what is wrong with one that cannot be used. */
export function readSecretsFile(path: string): SecretsFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const file = JSON.parse(text) as Partial<SecretsFile>;
  const valid =
    file.format === 1 && (file.key === 'passphrase' || file.key === 'safe-storage') && typeof file.check === 'string' &&
    isRecordOf(file.params, 'string|number') && isRecordOf(file.secrets, 'string');
  if (!valid) throw new Error('it is not a secrets file this version of Hookbench can read');
  return file as SecretsFile;
}

/** Written whole through a private temporary file, so a crash never leaves half a file and no other user can read it. */
export function writeSecretsFile(path: string, file: SecretsFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created; a leftover temporary file keeps its own.
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
