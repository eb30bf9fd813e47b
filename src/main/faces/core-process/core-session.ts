/**
 * The one way a face starts the core: the desktop app's core process (serve-core.ts), `hookbench serve` and
 * `hookbench listen` (in-process: their access log reads each captured row and body as it is stored, which a
 * process hop would put on the capture path), and the CLI's one-shot commands. Each face adds only its own
 * output: the app relays the warnings and events, the CLI prints them.
 */
import type { ReceiverState } from '@shared/contract';
import { createAppCore, type AppCore, type AppCoreOptions } from '../../core/app-core';

export interface CoreSession {
  core: AppCore;
  /** What the user should know from the start, in words: settings that did not load, a secrets file that did not open. */
  warnings: string[];
  /** Starts the receiver and the schedules; a receiver that cannot listen is a state to show, not a failure. */
  start(): Promise<ReceiverState>;
  /** Stores what is queued and closes the store, once, however many faces (a signal, a disconnect) ask. */
  close(): Promise<void>;
}

export async function openCoreSession(options: AppCoreOptions): Promise<CoreSession> {
  const core = await createAppCore(options);
  let closing: Promise<void> | null = null;
  return {
    core,
    warnings: [...core.warnings, ...(core.secrets.fileProblem ? [core.secrets.fileProblem] : [])],
    start: () => core.start(),
    close: () => (closing ??= core.close()),
  };
}
