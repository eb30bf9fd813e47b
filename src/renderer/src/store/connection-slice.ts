import { CONNECTING, type ConnectionState } from '@shared/connection';
import type { SliceCreator } from './types';

export interface ConnectionSlice {
  /** The link to the core, fed by the bridge (see connectToCore); screens read whyCoreUnavailable of it. */
  link: ConnectionState;
  setLink(link: ConnectionState): void;
}

export const createConnectionSlice: SliceCreator<'connection', ConnectionSlice> = ({ set }) => ({
  link: CONNECTING,
  setLink(link) {
    set({ link });
  },
});

/** Why actions that need the core cannot run now, in words; null when they can. */
export function whyCoreUnavailable(connection: ConnectionState): string | null {
  switch (connection.status) {
    case 'connected':
    case 'connecting':
      return null;
    case 'reconnecting':
      return `Disconnected from Hookbench. ${connection.reason}`;
    case 'disconnected':
      return `Disconnected from Hookbench. ${connection.reason}`;
  }
}
