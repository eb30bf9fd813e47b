/**
 * What the desktop app's main process and its core process say to each other over the utility process's
 * parent port (a child_process IPC channel in tests). One contract call is one `call` and one `answer`.
 */
import type { ContractEventName } from '@shared/contract';
import type { CallOutcome } from '@shared/errors';

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

export type FromCore =
  /** The core process listens: the main process may send `start`. */
  | { type: 'hello' }
  | { type: 'ready'; warnings: string[] }
  | { type: 'start-failed'; error: string }
  /** The outcome as the contract's one envelope, so a failure keeps its kind and code across the relay. */
  | { type: 'answer'; id: number; answer: CallOutcome }
  | { type: 'event'; name: ContractEventName; payload: unknown }
  | { type: 'closed' };
