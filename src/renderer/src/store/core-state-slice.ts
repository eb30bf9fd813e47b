import type { Counts, ReceiverState, StorageState } from '@shared/contract';
import { describeError } from './describe-error';
import type { SliceCreator } from './types';

export interface CoreStateSlice {
  receiver: ReceiverState | null;
  storage: StorageState | null;
  counts: Counts;
  coreError: string | null;
  loadCoreState(): Promise<void>;
  setReceiver(receiver: ReceiverState): void;
  setStorage(storage: StorageState): void;
  setCounts(counts: Counts): void;
  /** What went wrong with the core itself, in words, for the top bar. */
  showCoreProblem(message: string): void;
  clearAllDeliveries(): Promise<boolean>;
}

export const createCoreStateSlice: SliceCreator<'connection', CoreStateSlice, 'inbox' | 'detail'> = ({ set, get, client }) => ({
  receiver: null,
  storage: null,
  counts: { total: 0, failures: 0, internalErrors: 0 },
  coreError: null,
  async loadCoreState() {
    try {
      const [receiver, storage, counts] = await Promise.all([
        client.getReceiverState(),
        client.getStorageState(),
        client.getCounts(),
      ]);
      set({ receiver, storage, counts, coreError: null });
    } catch (error) {
      set({ coreError: describeError('reach Hookbench', error) });
    }
  },
  setReceiver(receiver) {
    set({ receiver });
  },
  setStorage(storage) {
    set({ storage });
  },
  setCounts(counts) {
    set({ counts });
  },
  showCoreProblem(message) {
    set({ coreError: message });
  },
  async clearAllDeliveries() {
    try {
      await client.clearDeliveries();
      set({ counts: await client.getCounts() });
      get().detail.close();
      get().inbox.resetCursor();
      await get().inbox.refetchWindow();
      return true;
    } catch (error) {
      set({ coreError: describeError('clear the deliveries', error) });
      return false;
    }
  },
});
