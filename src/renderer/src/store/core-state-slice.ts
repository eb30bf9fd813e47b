import type { CoreProcessChange, Counts, ReceiverState, StorageState } from '@shared/contract';
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
  clearAllDeliveries(): Promise<boolean>;
  /** The desktop app's core process restarted (reload what it holds) or stopped; either way the top bar says so. */
  handleCoreProcessChanged(change: CoreProcessChange): Promise<void>;
}

export const createCoreStateSlice: SliceCreator<CoreStateSlice> = ({ set, get, client }) => ({
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
  async clearAllDeliveries() {
    try {
      await client.clearDeliveries();
      set({ counts: await client.getCounts(), selectedId: null, detail: null, detailStatus: 'none', cursorIndex: 0 });
      await get().refetchWindow();
      return true;
    } catch (error) {
      set({ coreError: describeError('clear the deliveries', error) });
      return false;
    }
  },
  async handleCoreProcessChanged(change) {
    if (change.state === 'restarted') {
      const state = get();
      await Promise.all([state.loadCoreState(), state.loadSettings(), state.loadSecrets(), state.refetchWindow()]);
    }
    set({ coreError: change.message });
  },
});
