import type { SecretKey } from './secret-key';

/** The part of Electron's safeStorage the store uses; typed here so the core never imports Electron. */
export interface SafeStorageLike {
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/** The OS keychain through Electron's safeStorage: it holds the key itself, so there are no parameters to keep. */
export function safeStorageKey(safeStorage: SafeStorageLike): SecretKey {
  return {
    kind: 'safe-storage',
    name: 'the system keychain',
    open: () => ({
      cipher: {
        encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
        decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
      },
      params: {},
    }),
  };
}
