import { randomBytes, scryptSync } from 'node:crypto';
import { gcmCipher } from './gcm-cipher';
import { NO_SECRET_KEY, SECRET_KEY_VARIABLE, type KeyParams, type SecretKey, type SecretKeyChoice } from './secret-key';

/** scrypt at N = 2^15, r = 8: about 0.1 s per start, which is what makes guessing a weak passphrase slow. */
const FRESH_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;

function numberParam(params: KeyParams, name: string): number {
  const value = params[name];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new Error(`bad key parameter ${name}`);
  return value;
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
