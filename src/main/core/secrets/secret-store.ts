import { join } from 'node:path';
import { maskSecret, type SecretName, type SecretsState } from '@shared/secrets';
import { UserError } from '@shared/user-error';
import { CHECK_TEXT, SECRETS_FILE, readSecretsFile, writeSecretsFile, type SecretsFile } from './secrets-file';
import { checkedSecretName, checkedSecretValue } from './secret-names';
import { isSecretKey, type SecretCipher, type SecretKey, type SecretKeyChoice } from './secret-key';

/** How the open file is sealed; absent when secrets live in memory only. */
interface Sealing {
  cipher: SecretCipher;
  header: Omit<SecretsFile, 'secrets'>;
}

interface Opened {
  values: Map<string, string>;
  sealing: Sealing | null;
  message: string | null;
  /** True when a secrets.json was there but could not be opened: worth a warning at start-up. */
  fileUnopened?: boolean;
}

const SESSION_ONLY = 'Secrets you set now are kept for this session only.';
const KEY_DESCRIPTIONS: Record<SecretKey['kind'], string> = {
  'safe-storage': "the desktop app's system keychain",
  passphrase: 'a passphrase (HOOKBENCH_SECRET_KEY)',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sessionOnly = (message: string, fileUnopened = true): Opened => ({ values: new Map(), sealing: null, message, fileUnopened });

function openSecrets(path: string, key: SecretKeyChoice): Opened {
  let file: SecretsFile | null;
  try {
    file = readSecretsFile(path);
  } catch (error) {
    return sessionOnly(`${path} could not be read (${(error as Error).message}); it is left as it is. ${SESSION_ONLY}`);
  }
  const held = file ? Object.keys(file.secrets).length : 0;
  const untouched = `${path} holds ${held} secret${held === 1 ? '' : 's'}, left encrypted and untouched.`;
  if (!isSecretKey(key)) return file ? sessionOnly(`${key.unavailable} ${untouched}`) : sessionOnly(key.unavailable, false);
  if (!file) {
    // The first write to a keychain can be refused (locked, denied, no keyring): that is a session, not a crash.
    try {
      const { cipher, params } = key.open(null);
      return { values: new Map(), sealing: { cipher, header: { format: 1, key: key.kind, params, check: cipher.encrypt(CHECK_TEXT) } }, message: null };
    } catch (error) {
      return sessionOnly(`${capitalised(key.name)} refused to encrypt (${(error as Error).message}), so nothing is written to ${path}. ${SESSION_ONLY}`, false);
    }
  }
  if (file.key !== key.kind) {
    return sessionOnly(
      `${path} was encrypted with ${KEY_DESCRIPTIONS[file.key]}, which is not available here (this run uses ${key.name}). ` +
        `${untouched} ${SESSION_ONLY}`,
    );
  }
  try {
    const { cipher } = key.open(file.params);
    if (cipher.decrypt(file.check) !== CHECK_TEXT) throw new Error('check value differs');
    const values = new Map(Object.entries(file.secrets).map(([name, sealed]) => [name, cipher.decrypt(sealed)]));
    const { secrets: _values, ...header } = file;
    return { values, sealing: { cipher, header }, message: null };
  } catch {
    return sessionOnly(
      `${capitalised(key.name)} is not the key ${path} was encrypted with, so its secrets cannot be opened. ${untouched} ` +
        `${SESSION_ONLY} Restart with the right key to use them.`,
    );
  }
}

/**
 * The secrets Hookbench keeps (receiver tokens, preset tokens): in memory as plain values for the run, on disk in
 * secrets.json only sealed with the face's key. Without a usable key nothing is written, so a file made with
 * another key is never overwritten and nothing in it is lost.
 */
export class SecretStore {
  readonly path: string;
  private values: Map<string, string>;
  private readonly sealing: Sealing | null;
  private readonly message: string | null;
  /** Why an existing secrets.json could not be opened, for a warning at start-up; null otherwise. */
  readonly fileProblem: string | null;

  constructor(dataDir: string, key: SecretKeyChoice) {
    this.path = join(dataDir, SECRETS_FILE);
    const opened = openSecrets(this.path, key);
    ({ values: this.values, sealing: this.sealing, message: this.message } = opened);
    this.fileProblem = opened.fileUnopened ? opened.message : null;
  }

  get(name: SecretName | string): string | null {
    return this.values.get(name) ?? null;
  }

  /** Sets or (with null) clears a secret; the name and value are checked, and a signing token must parse. */
  set(name: SecretName | string, value: string | null): SecretsState {
    const checkedName = checkedSecretName(name);
    const checkedValue = checkedSecretValue(checkedName, value);
    const next = new Map(this.values);
    if (checkedValue === null) next.delete(checkedName);
    else next.set(checkedName, checkedValue);
    if (this.sealing) this.save(next, this.sealing);
    this.values = next;
    return this.state();
  }

  state(): SecretsState {
    return {
      storage: this.sealing ? 'encrypted' : 'session',
      message: this.message,
      masked: Object.fromEntries([...this.values].map(([name, value]) => [name, maskSecret(value)])),
    };
  }

  /** Every value held, so exports can mask wherever one appears. */
  heldValues(): string[] {
    return [...this.values.values()];
  }

  private save(values: Map<string, string>, { cipher, header }: Sealing): void {
    const secrets = Object.fromEntries([...values].map(([name, value]) => [name, cipher.encrypt(value)]));
    try {
      writeSecretsFile(this.path, { ...header, secrets });
    } catch (error) {
      throw new UserError(`Could not write ${this.path} (${(error as Error).message}); the secret was not changed.`);
    }
  }
}
