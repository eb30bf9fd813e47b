/**
 * What the desktop app's main process and its core process say to each other over the utility process's
 * parent port (a child_process IPC channel in tests). One contract call is one `call` and one `answer`.
 */
import type { ContractEventName } from '@shared/contract';

/** How the core seals secrets.json: the keychain lives in the main process, so its key is handed over once at start. */
export type CoreSecretKeySpec =
  /** The data key unwrapped from the system keychain, base64. */
  | { source: 'keychain'; key: string }
  /** No real keychain: HOOKBENCH_SECRET_KEY from the core's environment, or the session. */
  | { source: 'environment' }
  /** The keychain refused: secrets for the session only, and this is why. */
  | { source: 'none'; reason: string };

export interface StartCore {
  type: 'start';
  dataDir: string;
  secretKey: CoreSecretKeySpec;
}

export type ToCore = StartCore | { type: 'call'; id: number; method: unknown; args: unknown } | { type: 'close' };

/** An error as data: its class's name, its words, and own fields such as a stable code. */
export interface SerializedError {
  name: string;
  message: string;
  fields: Record<string, unknown>;
}

export type CallAnswer = { ok: true; result: unknown } | { ok: false; error: SerializedError };

export type FromCore =
  /** The core process listens: the main process may send `start`. */
  | { type: 'hello' }
  | { type: 'ready'; warnings: string[] }
  | { type: 'start-failed'; error: string }
  | { type: 'answer'; id: number; answer: CallAnswer }
  | { type: 'event'; name: ContractEventName; payload: unknown }
  | { type: 'closed' };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields = Object.fromEntries(Object.entries(error).filter(([, value]) => value === null || typeof value !== 'object'));
  return { name: error.name, message: error.message, fields };
}

export function deserializeError({ name, message, fields }: SerializedError): Error {
  const error = Object.assign(new Error(message), fields);
  error.name = name;
  return error;
}
