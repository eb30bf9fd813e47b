/** Channel names shared by the main process and the preload (which must not bundle main code). */
export const CALL_CHANNEL = 'hookbench:call';
export const EVENT_CHANNEL = 'hookbench:event';
