/** `--move-aside` and `--recover` on listen and serve: the UI's ways out of an unusable store, from a terminal. */
import type { StorageState } from '@shared/contract';
import type { AppCore } from '../../core/app-core';

export interface StoreRepairFlags {
  'move-aside'?: boolean;
  recover?: boolean;
}

/** Only a store that cannot be used is repaired, so a script may always pass the flag. */
export async function repairStoreIfAsked(core: AppCore, flags: StoreRepairFlags, report: (text: string) => void): Promise<void> {
  if (!flags['move-aside'] && !flags.recover) return;
  if ((await core.handlers.getStorageState()).status !== 'unusable') return;
  const repair = await (flags.recover ? core.handlers.recoverStore() : core.handlers.moveStoreAside());
  report(repair.summary);
}

/** The flag that does the way out the problem names, for the command that met it. */
export function repairHint(command: 'listen' | 'serve', { problem }: StorageState): string | null {
  if (!problem) return null;
  if (problem.kind === 'damaged') {
    return `To do it now: hookbench ${command} --recover (readable deliveries kept), or --move-aside (start empty).`;
  }
  if (problem.kind === 'read-only' || problem.kind === 'newer-version') return null;
  return `To do it now: hookbench ${command} --move-aside.`;
}
