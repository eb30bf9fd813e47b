/**
 * The key for secrets.json in the desktop app. safeStorage lives in the main process, the secret store in the
 * core process: main keeps 32 random bytes wrapped by the system keychain in the data folder and hands the
 * unwrapped key to the core once, over its private parent port (never in its environment or arguments).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreSecretKeySpec } from '../core-process/messages';

export const KEYCHAIN_KEY_FILE = 'secrets.key';

/** The part of Electron's safeStorage used here; typed structurally so this is tested in plain Node. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

const SESSION_ONLY = 'Secrets you set now are kept for this session only.';

/**
 * On Linux without a keyring safeStorage falls back to a key built into Chromium ("basic_text"), which protects
 * nothing, so HOOKBENCH_SECRET_KEY or the session is used instead, as outside the app.
 */
function hasRealKeychain(safeStorage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  return safeStorage.isEncryptionAvailable() && !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');
}

function unwrap(safeStorage: SafeStorageLike, path: string): CoreSecretKeySpec {
  try {
    const key = safeStorage.decryptString(readFileSync(path));
    if (Buffer.from(key, 'base64').byteLength !== 32) throw new Error('the key in it is damaged');
    return { source: 'keychain', key };
  } catch (error) {
    return {
      source: 'none',
      reason: `The system keychain could not open ${path} (${(error as Error).message}), so secrets.json is left untouched. ${SESSION_ONLY}`,
    };
  }
}

function createWrapped(safeStorage: SafeStorageLike, dataDir: string, path: string): CoreSecretKeySpec {
  const key = randomBytes(32).toString('base64');
  let sealed: Buffer;
  try {
    sealed = safeStorage.encryptString(key);
  } catch (error) {
    return {
      source: 'none',
      reason: `The system keychain refused to keep Hookbench's key (${(error as Error).message}). ${SESSION_ONLY} Allow or unlock the keychain and restart Hookbench to keep them, encrypted.`,
    };
  }
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(`${path}.tmp`, sealed, { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  } catch (error) {
    return { source: 'none', reason: `Could not write ${path} (${(error as Error).message}). ${SESSION_ONLY}` };
  }
  return { source: 'keychain', key };
}

export function keychainSecretKey(safeStorage: SafeStorageLike, dataDir: string, platform: NodeJS.Platform): CoreSecretKeySpec {
  if (!hasRealKeychain(safeStorage, platform)) return { source: 'environment' };
  const path = join(dataDir, KEYCHAIN_KEY_FILE);
  return existsSync(path) ? unwrap(safeStorage, path) : createWrapped(safeStorage, dataDir, path);
}
