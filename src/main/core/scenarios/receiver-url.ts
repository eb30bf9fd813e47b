import type { ReceiverState } from '@shared/contract';
import { elsewhereState } from '../lease/folder-receiver';
import { liveHolder } from '../lease/receiver-lease';
import type { SqlRunner } from '../store/sql-runner';

/**
 * Where Hookbench's own receiver for this data folder listens: this process's, the one it knows holds the
 * folder, or (for a command that never receives, like `hookbench play`) the holder the folder's lease names.
 */
export async function ownReceiverUrl(state: ReceiverState, sql: SqlRunner): Promise<string | null> {
  if (state.url) return state.url;
  // A store in memory or one that cannot be read has no lease: then there is no receiver to name.
  const holder = await liveHolder(sql).catch(() => null);
  return holder && elsewhereState(holder).url;
}
