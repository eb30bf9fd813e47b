import type { ReceiverState } from '@shared/contract';

/** Where Hookbench's own receiver for this data folder listens: this process's, or the one holding the folder. */
export function receiverUrlOf(state: ReceiverState): string | null {
  if (state.url) return state.url;
  if (state.status === 'elsewhere' && state.holder) {
    const host = state.holder.host.includes(':') ? `[${state.holder.host}]` : state.holder.host;
    return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${state.holder.port}/`;
  }
  return null;
}
