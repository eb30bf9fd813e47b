import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SecretStore } from '../../../src/main/core/secrets/secret-store';
import { passphraseKey, secretKeyFromEnvironment } from '../../../src/main/core/secrets/passphrase-key';
import { randomBytes } from 'node:crypto';
import { keychainDataKey } from '../../../src/main/core/secrets/keychain-data-key';
import { NO_SECRET_KEY, type SecretKey } from '../../../src/main/core/secrets/secret-key';
import { generateSigningToken } from '../../../src/main/core/verify/standard-webhooks';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const TOKEN = 'glpat-very-secret-token-3f9a';

describe('the secret store with a passphrase', () => {
  it('keeps values across runs, encrypted, in a file only its owner can read', () => {
    const dataDir = tempDir();
    const signingToken = generateSigningToken();
    const first = new SecretStore(dataDir, passphraseKey('correct horse'));
    first.set('receiver.secretToken', TOKEN);
    expect(first.set('receiver.signingToken', `  ${signingToken}\n`)).toEqual({
      storage: 'encrypted',
      message: null,
      masked: { 'receiver.secretToken': '••••••3f9a', 'receiver.signingToken': `••••••${signingToken.slice(-4)}` },
    });

    const text = readFileSync(join(dataDir, 'secrets.json'), 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(signingToken.slice(6));
    expect(text).toContain('receiver.secretToken');
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);

    const second = new SecretStore(dataDir, passphraseKey('correct horse'));
    expect(second.get('receiver.secretToken')).toBe(TOKEN);
    expect(second.get('receiver.signingToken')).toBe(signingToken);
    second.set('receiver.secretToken', null);
    expect(new SecretStore(dataDir, passphraseKey('correct horse')).state().masked).toEqual({
      'receiver.signingToken': `••••••${signingToken.slice(-4)}`,
    });
  });

  it('seals each value with its own IV, so equal values do not look equal on disk', () => {
    const dataDir = tempDir();
    const store = new SecretStore(dataDir, passphraseKey('pass'));
    store.set('preset:nightly.json:token', TOKEN);
    store.set('preset:other.json:token', TOKEN);
    const { secrets } = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
    expect(secrets['preset:nightly.json:token']).not.toBe(secrets['preset:other.json:token']);
  });

  it('detects a wrong key, keeps secrets for the session only and never touches the file', () => {
    const dataDir = tempDir();
    new SecretStore(dataDir, passphraseKey('right')).set('receiver.secretToken', TOKEN);
    const before = readFileSync(join(dataDir, 'secrets.json'));

    const wrong = new SecretStore(dataDir, passphraseKey('wrong'));
    expect(wrong.get('receiver.secretToken')).toBeNull();
    expect(wrong.state()).toMatchObject({ storage: 'session', masked: {} });
    expect(wrong.state().message).toMatch(/HOOKBENCH_SECRET_KEY is not the key .*secrets\.json was encrypted with/);
    expect(wrong.state().message).toMatch(/holds 1 secret, left encrypted and untouched/);
    wrong.set('receiver.secretToken', 'session value');
    expect(wrong.get('receiver.secretToken')).toBe('session value');

    expect(readFileSync(join(dataDir, 'secrets.json')).equals(before)).toBe(true);
    expect(new SecretStore(dataDir, passphraseKey('right')).get('receiver.secretToken')).toBe(TOKEN);
  });

  it('refuses names it does not keep and values that are empty or not a signing token', () => {
    const store = new SecretStore(tempDir(), passphraseKey('pass'));
    expect(() => store.set('receiver.password', 'x')).toThrow(/"receiver.password" is not a secret Hookbench keeps/);
    expect(() => store.set('preset::token', 'x')).toThrow(/not a secret Hookbench keeps/);
    expect(() => store.set('receiver.secretToken', '  ')).toThrow(/must be non-empty text; to remove the secret, clear it/);
    expect(() => store.set('receiver.signingToken', 'not-a-token')).toThrow(/starts with "whsec_"/);
    expect(store.state().masked).toEqual({});
  });
});

describe('the secret store without a key', () => {
  it('keeps secrets in memory for this session only, writes nothing and says how to keep them', () => {
    const dataDir = tempDir();
    const store = new SecretStore(dataDir, secretKeyFromEnvironment({}));
    store.set('receiver.mockTriggerToken', TOKEN);
    expect(store.get('receiver.mockTriggerToken')).toBe(TOKEN);
    expect(store.state()).toMatchObject({ storage: 'session', masked: { 'receiver.mockTriggerToken': '••••••3f9a' } });
    expect(store.state().message).toMatch(/kept for this session only\. Set HOOKBENCH_SECRET_KEY to a passphrase/);
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
    expect(new SecretStore(dataDir, NO_SECRET_KEY).get('receiver.mockTriggerToken')).toBeNull();
  });

  it('leaves an existing file alone and says how many secrets it holds', () => {
    const dataDir = tempDir();
    new SecretStore(dataDir, secretKeyFromEnvironment({ HOOKBENCH_SECRET_KEY: 'pass' })).set('receiver.secretToken', TOKEN);
    const before = readFileSync(join(dataDir, 'secrets.json'));
    const store = new SecretStore(dataDir, NO_SECRET_KEY);
    store.set('receiver.secretToken', 'another');
    expect(store.state().message).toMatch(/holds 1 secret, left encrypted and untouched/);
    expect(readFileSync(join(dataDir, 'secrets.json')).equals(before)).toBe(true);
  });

  it('says so when secrets.json is damaged, and leaves it for the user to look at', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'secrets.json'), '{"format": 1, "key": ');
    const store = new SecretStore(dataDir, passphraseKey('pass'));
    store.set('receiver.secretToken', TOKEN);
    expect(store.state()).toMatchObject({ storage: 'session', message: expect.stringMatching(/could not be read .* left as it is/) });
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).toBe('{"format": 1, "key": ');
  });
});

describe('the secret store with a system keychain', () => {
  /** The data key the app's main process unwraps from the keychain and hands to the core process. */
  const keychainKey = keychainDataKey(randomBytes(32));

  it('keeps only what the keychain sealed, and will not open a passphrase file', () => {
    const dataDir = tempDir();
    new SecretStore(dataDir, keychainKey).set('receiver.secretToken', TOKEN);
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).not.toContain(TOKEN);
    expect(new SecretStore(dataDir, keychainKey).get('receiver.secretToken')).toBe(TOKEN);
    expect(new SecretStore(dataDir, keychainDataKey(randomBytes(32))).state().message).toMatch(/The system keychain is not the key/);
    const elsewhere = new SecretStore(dataDir, passphraseKey('pass'));
    expect(elsewhere.state().message).toMatch(/encrypted with the desktop app's system keychain, which is not available here/);
  });

  it('a key that cannot seal on the first run leaves secrets for the session, with the reason, and writes nothing', () => {
    const dataDir = tempDir();
    const refusing: SecretKey = {
      kind: 'safe-storage',
      name: 'the system keychain',
      open: () => {
        throw new Error('the keychain is locked');
      },
    };
    const store = new SecretStore(dataDir, refusing);
    store.set('receiver.secretToken', TOKEN);
    expect(store.get('receiver.secretToken')).toBe(TOKEN);
    expect(store.state()).toMatchObject({ storage: 'session' });
    expect(store.state().message).toMatch(/The system keychain refused to encrypt \(the keychain is locked\).*kept for this session only/);
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
  });
});
