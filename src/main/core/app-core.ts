// PLACEHOLDER: the interface the faces build against; the implementation lands next.
import type { ContractEventListener, ContractHandlers, ReceiverState } from '../../shared/contract';
import type { Settings } from '../../shared/settings';
import type { DeliveryRow } from '../../shared/delivery';

export interface AppCoreOptions {
  /** Where hookbench.db and settings.json live. */
  dataDir: string;
  /** Overrides for this run only (CLI flags); not written to settings.json. */
  overrides?: { host?: string; port?: number; retain?: number };
}

export interface AppCore {
  /** Every contract method, implemented once for all faces. */
  readonly handlers: ContractHandlers;
  /** Subscribe to contract events; returns the unsubscribe function. */
  subscribe(listener: ContractEventListener): () => void;
  /** Each stored captured delivery, as soon as it is stored (the CLI's access log). */
  onCaptured(listener: (row: DeliveryRow, body: Uint8Array) => void): () => void;
  /** Starts the receiver; resolves with its state (an occupied port is a state, not a throw). */
  start(): Promise<ReceiverState>;
  /** Stops the receiver, flushes and closes the store. */
  close(): Promise<void>;
  readonly settings: Settings;
}

export declare function createAppCore(options: AppCoreOptions): Promise<AppCore>;
