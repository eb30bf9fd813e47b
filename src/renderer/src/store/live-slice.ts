import type { DeliveriesChanged } from '@shared/contract';
import { hasActiveFilters } from './list-slice';
import type { SliceCreator } from './types';

/** A refetch goes at once when the list is quiet; in a burst, at most one per this many milliseconds. */
const REFETCH_INTERVAL_MS = 50;

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

export const createLiveSlice: SliceCreator<'inbox', LiveSlice, 'detail' | 'connection'> = ({ set, get }) => {
  let refetchTimer: ReturnType<typeof setTimeout> | null = null;
  let lastRefetch = 0;

  function scheduleRefetch(): void {
    if (refetchTimer) return;
    const wait = Math.max(0, lastRefetch + REFETCH_INTERVAL_MS - Date.now());
    refetchTimer = setTimeout(() => {
      refetchTimer = null;
      // Paused since it was asked for: resuming refetches.
      if (get().inbox.livePaused) return;
      lastRefetch = Date.now();
      void get().inbox.refetchWindow();
    }, wait);
  }

  /** The announcement carries the new rows: a list showing its top, unfiltered, takes them as they are. */
  function takesRowsAsAnnounced(change: DeliveriesChanged): boolean {
    const { filters, windowOffset, visibleStart, listLoaded } = get().inbox;
    return listLoaded && !change.more && !change.removed && windowOffset === 0 && visibleStart === 0 && !hasActiveFilters(filters);
  }

  return {
    livePaused: false,
    newWhilePausedCount: 0,
    newWhilePausedHighestId: 0,
    newWhilePausedCapped: false,
    setLivePaused(paused) {
      // Ids only grow, so the newest row shown when pausing marks where "new" begins.
      const shownHighestId = get().inbox.rows.reduce((highest, row) => Math.max(highest, row.id), 0);
      set({
        livePaused: paused,
        newWhilePausedCount: 0,
        newWhilePausedHighestId: shownHighestId,
        newWhilePausedCapped: false,
      });
      if (paused) get().inbox.freezeWindow();
      else scheduleRefetch();
    },
    handleDeliveriesChanged(change) {
      const { selectedId, delivery } = get().detail;
      get().connection.setCounts(change.counts);
      // Only a change that can concern the open delivery reloads it: its arrival, unless a send's answer already
      // brought it whole, its answer (a forward's capture shown pending), or a removal; an unchanged answer re-renders nothing.
      const pendingShown = delivery?.id === selectedId && delivery.status === null && delivery.errorKind === null;
      const arrived = selectedId !== null && change.ids.includes(selectedId) && (delivery?.id !== selectedId || pendingShown);
      if (selectedId !== null && (arrived || change.more || change.removed)) {
        void get().detail.refreshDetail();
      }
      if (!get().inbox.livePaused) {
        if (takesRowsAsAnnounced(change)) get().inbox.prependRows(change.rows, change.counts.total);
        else scheduleRefetch();
        return;
      }
      const { newWhilePausedCount, newWhilePausedHighestId, newWhilePausedCapped } = get().inbox;
      const fresh = new Set(change.ids.filter((id) => id > newWhilePausedHighestId));
      set({
        newWhilePausedCount: newWhilePausedCount + fresh.size,
        newWhilePausedHighestId: Math.max(newWhilePausedHighestId, ...fresh),
        newWhilePausedCapped: newWhilePausedCapped || change.more,
      });
    },
  };
};
