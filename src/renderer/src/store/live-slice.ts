import type { DeliveriesChanged } from '@shared/contract';
import type { SliceCreator } from './types';

/** Bursts of deliveries become at most one list refetch per this many milliseconds. */
const REFETCH_THROTTLE_MS = 100;

export interface LiveSlice {
  /** "Pause live view": the list stops moving; deliveries keep being captured and stored. */
  livePaused: boolean;
  /** How many deliveries arrived while paused, for the "N new" button. */
  newWhilePausedCount: number;
  /** The highest delivery id known while paused: only higher ids are new, lower ones are updates. */
  newWhilePausedHighestId: number;
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
    newWhilePausedCount: 0,
    newWhilePausedHighestId: 0,
    newWhilePausedCapped: false,
    setLivePaused(paused) {
      // Ids only grow, so the newest row shown when pausing marks where "new" begins.
      const shownHighestId = get().rows.reduce((highest, row) => Math.max(highest, row.id), 0);
      set({
        livePaused: paused,
        newWhilePausedCount: 0,
        newWhilePausedHighestId: shownHighestId,
        newWhilePausedCapped: false,
      });
      if (!paused) scheduleRefetch();
    },
    handleDeliveriesChanged(change) {
      const { selectedId, livePaused } = get();
      get().setCounts(change.counts);
      // Only a change that can concern the open delivery reloads it; an unchanged answer re-renders nothing.
      if (selectedId !== null && (change.ids.includes(selectedId) || change.more || change.removed)) {
        void get().refreshDetail();
      }
      if (!livePaused) {
        scheduleRefetch();
        return;
      }
      const { newWhilePausedCount, newWhilePausedHighestId } = get();
      const fresh = new Set(change.ids.filter((id) => id > newWhilePausedHighestId));
      set({
        newWhilePausedCount: newWhilePausedCount + fresh.size,
        newWhilePausedHighestId: Math.max(newWhilePausedHighestId, ...fresh),
        newWhilePausedCapped: get().newWhilePausedCapped || change.more,
      });
    },
  };
};
