import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { passphraseKey, secretKeyFromEnvironment } from '../../core/secrets/passphrase-key';
import { SECRETS_FILE } from '../../core/secrets/secrets-file';
import { isSecretKey, type SecretKeyChoice } from '../../core/secrets/secret-key';

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

/** Reads one line from the terminal without echoing it; resolves null when the user presses Ctrl+C or Ctrl+D. */
function readHidden(question: string): Promise<string | null> {
  const { stdin, stderr } = process;
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const done = (answer: string | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) return done(typed);
        if (char === CTRL_C || char === CTRL_D) return done(null);
        typed = BACKSPACE.has(char) ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

/**
 * The key for `listen` and `serve`: HOOKBENCH_SECRET_KEY, or, when it is not set but secrets.json exists and
 * someone is at the terminal, the passphrase asked for without echo. Otherwise secrets stay session-only.
 */
export async function receiverSecretKey(dataDir: string): Promise<SecretKeyChoice> {
  const fromEnvironment = secretKeyFromEnvironment(process.env);
  const file = join(dataDir, SECRETS_FILE);
  if (isSecretKey(fromEnvironment) || !process.stdin.isTTY || !existsSync(file)) return fromEnvironment;
  const passphrase = await readHidden(`Passphrase for ${file} (Enter alone keeps secrets for this session only): `);
  return passphrase ? passphraseKey(passphrase, 'the passphrase you entered') : fromEnvironment;
}
