/**
 * The core process's side of the relay: builds the core when told to start, answers contract calls, forwards
 * events, and closes the store when told to. Plain Node: the port is Electron's parentPort in the app and a
 * child_process IPC channel in tests.
 */
import { openCoreSession, type CoreSession } from './core-session';
import { dispatchContractCall } from '../contract-dispatch';
import { secretKeyFromEnvironment } from '../../core/secrets/passphrase-key';
import { keychainDataKey } from '../../core/secrets/keychain-data-key';
import type { SecretKeyChoice } from '../../core/secrets/secret-key';
import { FAILURE, type CallOutcome } from '@shared/errors';
import type { CoreSecretKeySpec, FromCore, ToCore } from './messages';

export interface CorePort {
  send(message: FromCore): void;
  onMessage(listener: (message: ToCore) => void): void;
}

export function secretKeyOf(spec: CoreSecretKeySpec, env: NodeJS.ProcessEnv): SecretKeyChoice {
  if (spec.source === 'keychain') return keychainDataKey(Buffer.from(spec.key, 'base64'));
  if (spec.source === 'none') return { unavailable: spec.reason };
  return secretKeyFromEnvironment(env);
}

export function serveCore(
  port: CorePort,
  exit: (code: number) => void,
  env: NodeJS.ProcessEnv = process.env,
): { close(): Promise<void> } {
  let session: CoreSession | null = null;

  const start = async ({ dataDir, secretKey }: { dataDir: string; secretKey: CoreSecretKeySpec }) => {
    try {
      session = await openCoreSession({ dataDir, secretKey: secretKeyOf(secretKey, env) });
    } catch (error) {
      port.send({ type: 'start-failed', error: error instanceof Error ? error.message : String(error) });
      exit(1);
      return;
    }
    session.core.subscribe((name, payload) => port.send({ type: 'event', name, payload }));
    port.send({ type: 'ready', warnings: session.warnings });
    // An occupied port is a receiver state the window shows, not a reason to stop.
    void session.start();
  };

  const answer = async (id: number, method: unknown, args: unknown) => {
    const outcome: CallOutcome = session
      ? await dispatchContractCall(session.core.handlers, method, args)
      : { ok: false, failure: { kind: 'internal', code: FAILURE.unreachable, message: "Hookbench's core has not started yet." } };
    port.send({ type: 'answer', id, answer: outcome });
  };

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await session?.close();
      port.send({ type: 'closed' });
      exit(0);
    })());

  port.onMessage((message) => {
    if (message.type === 'start') void start(message);
    else if (message.type === 'call') void answer(message.id, message.method, message.args);
    else if (message.type === 'close') void close();
  });
  port.send({ type: 'hello' });
  return { close };
}
