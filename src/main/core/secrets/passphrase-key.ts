import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { NO_SECRET_KEY, SECRET_KEY_VARIABLE, type KeyParams, type SecretCipher, type SecretKey, type SecretKeyChoice } from './secret-key';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** scrypt at N = 2^15, r = 8: about 0.1 s per start, which is what makes guessing a weak passphrase slow. */
const FRESH_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;

function numberParam(params: KeyParams, name: string): number {
  const value = params[name];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new Error(`bad key parameter ${name}`);
  return value;
}

/** AES-256-GCM with a fresh IV per value: `base64(iv | tag | ciphertext)`; the tag is what detects a wrong key. */
function gcmCipher(key: Buffer): SecretCipher {
  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    decrypt(text) {
      const bytes = Buffer.from(text, 'base64');
      if (bytes.byteLength < IV_BYTES + TAG_BYTES) throw new Error('sealed value too short');
      const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}

/** A key derived from a passphrase with scrypt; the salt is random per file and kept in it. */
export function passphraseKey(passphrase: string, name: string = SECRET_KEY_VARIABLE): SecretKey {
  return {
    kind: 'passphrase',
    name,
    open(existing) {
      const params: KeyParams = existing ?? { ...FRESH_PARAMS, salt: randomBytes(SALT_BYTES).toString('base64') };
      const [N, r, p] = ['N', 'r', 'p'].map((param) => numberParam(params, param));
      if (typeof params.salt !== 'string') throw new Error('bad key parameter salt');
      const key = scryptSync(passphrase, Buffer.from(params.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r });
      return { cipher: gcmCipher(key), params };
    },
  };
}

/** Outside Electron: HOOKBENCH_SECRET_KEY when set and not blank, otherwise no key (session-only secrets). */
export function secretKeyFromEnvironment(env: NodeJS.ProcessEnv): SecretKeyChoice {
  const passphrase = env[SECRET_KEY_VARIABLE];
  return passphrase && passphrase.trim() ? passphraseKey(passphrase) : NO_SECRET_KEY;
}
