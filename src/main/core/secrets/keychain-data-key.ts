import { GCM_KEY_BYTES, gcmCipher } from './gcm-cipher';
import type { SecretKey } from './secret-key';

/**
 * The desktop app's key: 32 random bytes that the main process keeps wrapped by the system keychain
 * (Electron safeStorage) and hands to the core process when it starts it. The core seals each value with it.
 */
export function keychainDataKey(key: Buffer): SecretKey {
  if (key.byteLength !== GCM_KEY_BYTES) throw new Error(`the keychain's data key must be ${GCM_KEY_BYTES} bytes, not ${key.byteLength}`);
  return {
    kind: 'safe-storage',
    name: 'the system keychain',
    open: () => ({ cipher: gcmCipher(key), params: {} }),
  };
}
