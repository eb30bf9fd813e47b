/** Channel names shared by the main process and the preload (which must not bundle main code). */
export const CALL_CHANNEL = 'hookbench:call';
export const EVENT_CHANNEL = 'hookbench:event';
/** Desktop-only actions (src/shared/desktop.ts), outside the contract. */
export const DESKTOP_CHANNEL = 'hookbench:desktop';

/**
 * What crosses the channel back. Errors travel as data so the renderer sees the core's own message,
 * not Electron's "Error invoking remote method" wrapping.
 */
export type IpcCallOutcome = { ok: true; result: unknown } | { ok: false; error: string };
