/** A key's own parameters (a passphrase's salt and cost), kept in secrets.json beside the values they seal. */
export type KeyParams = Record<string, string | number>;

export interface SecretCipher {
  /** Seals one value; the result is text, safe to keep in JSON. */
  encrypt(plain: string): string;
  /** Throws when the value was sealed with another key, or was altered. */
  decrypt(sealed: string): string;
}

/**
 * Where the key that seals secrets.json comes from. The core never imports Electron, so each face hands in
 * its own: Electron's safeStorage in the app, a passphrase (HOOKBENCH_SECRET_KEY or a prompt) outside it.
 */
export interface SecretKey {
  /** Recorded in secrets.json, so a file is only ever opened with the kind of key that wrote it. */
  readonly kind: 'safe-storage' | 'passphrase';
  /** The key in words, for messages, e.g. "HOOKBENCH_SECRET_KEY". */
  readonly name: string;
  /** The cipher for a file's parameters, or for fresh ones (`null`) which are returned to be saved with the file. */
  open(params: KeyParams | null): { cipher: SecretCipher; params: KeyParams };
}

/** No key this run: secrets are kept in memory only, and `reason` tells the user why and what to do. */
export interface NoSecretKey {
  readonly unavailable: string;
}

export type SecretKeyChoice = SecretKey | NoSecretKey;

export const SECRET_KEY_VARIABLE = 'HOOKBENCH_SECRET_KEY';

export const NO_SECRET_KEY: NoSecretKey = {
  unavailable:
    `No key to encrypt secrets with, so they are kept for this session only. ` +
    `Set ${SECRET_KEY_VARIABLE} to a passphrase before starting Hookbench to keep them, encrypted, in secrets.json.`,
};

export function isSecretKey(choice: SecretKeyChoice): choice is SecretKey {
  return 'open' in choice;
}
