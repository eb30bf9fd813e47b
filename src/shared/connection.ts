/**
 * Whether the UI can reach its core: the web bridge reports its WebSocket, the Electron bridge relays the core
 * process's restarts. Only `connected` lets actions that need the core run.
 */
export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected' }
  /** Lost; the bridge keeps trying on its own. */
  | { status: 'reconnecting'; reason: string }
  /** Lost for a reason retrying cannot fix (a token no longer accepted); the reason says what to do. */
  | { status: 'disconnected'; reason: string };

export type ConnectionListener = (state: ConnectionState) => void;

export const CONNECTING: ConnectionState = { status: 'connecting' };
