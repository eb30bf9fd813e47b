import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYCHAIN_KEY_FILE, keychainSecretKey, type SafeStorageLike } from '../../../src/main/faces/electron/keychain-key';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

/** A keychain as safeStorage shows it: a reversible seal the test can see through, or one that refuses. */
function keychain(options: { backend?: string; refuse?: string } = {}): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain) => {
      if (options.refuse) throw new Error(options.refuse);
      return Buffer.from(`sealed:${plain}`);
    },
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice('sealed:'.length);
    },
  };
}

describe("the desktop app's key for secrets.json", () => {
  it('is made once, kept only wrapped by the keychain in a private file, and the same key on the next start', () => {
    const dataDir = tempDir();
    const first = keychainSecretKey(keychain(), dataDir, 'linux');
    expect(first).toMatchObject({ source: 'keychain' });
    const key = (first as { key: string }).key;
    expect(Buffer.from(key, 'base64').byteLength).toBe(32);
    const file = join(dataDir, KEYCHAIN_KEY_FILE);
    expect(readFileSync(file, 'utf8')).toBe(`sealed:${key}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(keychainSecretKey(keychain(), dataDir, 'linux')).toEqual({ source: 'keychain', key });
  });

  it('a keychain that refuses the first write leaves secrets for the session, with the reason, and writes nothing', () => {
    const dataDir = tempDir();
    const spec = keychainSecretKey(keychain({ refuse: 'The user name or passphrase you entered is not correct.' }), dataDir, 'darwin');
    expect(spec).toEqual({
      source: 'none',
      reason: expect.stringMatching(/^The system keychain refused to keep Hookbench's key \(The user name or passphrase you entered is not correct\.\)\. Secrets you set now are kept for this session only\./),
    });
    expect(() => statSync(join(dataDir, KEYCHAIN_KEY_FILE))).toThrow();
  });

  it('a key file the keychain cannot open is left as it is and says so', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, KEYCHAIN_KEY_FILE), 'from another keychain');
    expect(keychainSecretKey(keychain(), dataDir, 'win32')).toEqual({
      source: 'none',
      reason: expect.stringMatching(/could not open .*secrets\.key \(Error while decrypting.*\), so secrets\.json is left untouched/),
    });
    expect(readFileSync(join(dataDir, KEYCHAIN_KEY_FILE), 'utf8')).toBe('from another keychain');
  });

  it("uses HOOKBENCH_SECRET_KEY or the session, as outside the app, where Linux has no keyring (Chromium's basic_text)", () => {
    expect(keychainSecretKey(keychain({ backend: 'basic_text' }), tempDir(), 'linux')).toEqual({ source: 'environment' });
    expect(keychainSecretKey({ ...keychain(), isEncryptionAvailable: () => false }, tempDir(), 'darwin')).toEqual({ source: 'environment' });
  });
});
