/** Channel names shared by the main process and the preload (which must not bundle main code). */
export const CALL_CHANNEL = 'hookbench:call';
export const EVENT_CHANNEL = 'hookbench:event';
/** Desktop-only actions (src/shared/desktop.ts), outside the contract. */
export const DESKTOP_CHANNEL = 'hookbench:desktop';
/** A desktop menu command for the focused window (File → Import…). */
export const MENU_CHANNEL = 'hookbench:menu';
// A call on CALL_CHANNEL answers with a CallOutcome (src/shared/errors.ts): failures travel as data, with their kind and code.

/** A hookbench:// link the desktop app was opened with: the inbox place (`#/inbox?q=…&id=…`) for the window to show. */
export const LINK_CHANNEL = 'hookbench:link';
