import type { DeliveriesChanged } from '../../../shared/contract';
import type { SliceCreator } from './types';

/** Bursts of deliveries become at most one list refetch per this many milliseconds. */
const REFETCH_THROTTLE_MS = 100;

export interface LiveSlice {
  /** "Pause live view": the list stops moving; deliveries keep being captured and stored. */
  livePaused: boolean;
  /** Ids announced while paused, for the "N new" button. */
  newWhilePaused: number[];
  /** The core capped an announcement, so "N new" is a lower bound. */
  newWhilePausedCapped: boolean;
  setLivePaused(paused: boolean): void;
  handleDeliveriesChanged(change: DeliveriesChanged): void;
}

export const createLiveSlice: SliceCreator<LiveSlice> = ({ set, get }) => {
  let refetchTimer: ReturnType<typeof setTimeout> | null = null;

  function scheduleRefetch(): void {
    if (refetchTimer) return;
    refetchTimer = setTimeout(() => {
      refetchTimer = null;
      void get().refetchWindow();
    }, REFETCH_THROTTLE_MS);
  }

  return {
    livePaused: false,
    newWhilePaused: [],
    newWhilePausedCapped: false,
    setLivePaused(paused) {
      set({ livePaused: paused, newWhilePaused: [], newWhilePausedCapped: false });
      if (!paused) scheduleRefetch();
    },
    handleDeliveriesChanged(change) {
      const { selectedId, livePaused, newWhilePaused } = get();
      get().setCounts(change.counts);
      if (selectedId !== null && (change.removed || change.ids.includes(selectedId))) void get().refreshDetail();
      if (!livePaused) {
        scheduleRefetch();
        return;
      }
      const unseen = change.ids.filter((id) => !newWhilePaused.includes(id));
      set({
        newWhilePaused: [...newWhilePaused, ...unseen],
        newWhilePausedCapped: get().newWhilePausedCapped || change.more,
      });
    },
  };
};
