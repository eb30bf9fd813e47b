import { errorReason } from './describe-error';
import type { SliceCreator } from './types';

/** The ways out of an unusable store, as the StorageProblem panel offers them. */
export type StorageRepairWay = { way: 'move-aside' } | { way: 'recover' } | { way: 'other-folder'; folder: string };

export interface StorageRepairSlice {
  storageRepairBusy: boolean;
  /** What the last way out did, or why it was refused, in the core's words. */
  storageRepairOutcome: { ok: boolean; text: string } | null;
  repairStorage(repair: StorageRepairWay): Promise<void>;
  dismissStorageRepairOutcome(): void;
}

export const createStorageRepairSlice: SliceCreator<'connection', StorageRepairSlice, 'inbox'> = ({ set, get, client }) => ({
  storageRepairBusy: false,
  storageRepairOutcome: null,
  dismissStorageRepairOutcome() {
    set({ storageRepairOutcome: null });
  },
  async repairStorage(repair) {
    set({ storageRepairBusy: true, storageRepairOutcome: null });
    try {
      const outcome =
        repair.way === 'move-aside'
          ? await client.moveStoreAside()
          : repair.way === 'recover'
            ? await client.recoverStore()
            : await client.useDataFolder(repair.folder);
      get().connection.setStorage(outcome.state);
      set({ storageRepairOutcome: { ok: outcome.state.status !== 'unusable', text: outcome.summary } });
      await get().inbox.refetchWindow();
    } catch (error) {
      set({ storageRepairOutcome: { ok: false, text: errorReason(error) } });
    } finally {
      set({ storageRepairBusy: false });
    }
  },
});
