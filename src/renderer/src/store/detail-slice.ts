import type { DeliveryDetail } from '@shared/delivery';
import { describeError } from './describe-error';
import type { SliceCreator } from './types';

export type DetailStatus = 'none' | 'loading' | 'ready' | 'gone' | 'error';

export interface DetailSlice {
  /** The keyboard cursor in the list (an index); Enter opens the row under it. */
  cursorIndex: number;
  selectedId: number | null;
  detail: DeliveryDetail | null;
  detailStatus: DetailStatus;
  detailError: string | null;
  /** Shows the open delivery's tokens and credentials as stored; masked otherwise, and again for the next delivery. */
  revealSecrets: boolean;
  setRevealSecrets(reveal: boolean): void;
  /** Moves the cursor and returns its new index. */
  moveCursor(delta: number): number;
  openCursor(): void;
  /** Shows a delivery in the detail pane; `index` moves the list cursor to it when known. */
  open(id: number, index?: number): void;
  /**
   * Reloads the open delivery: an unchanged answer keeps the same `detail` object (nothing re-renders),
   * and a delivery that is gone clears the selection.
   */
  refreshDetail(): Promise<void>;
}

/** Details are plain JSON from the core: the same text means nothing changed. */
function sameDetail(a: DeliveryDetail | null, b: DeliveryDetail): boolean {
  return a !== null && a.id === b.id && JSON.stringify(a) === JSON.stringify(b);
}

export const createDetailSlice: SliceCreator<DetailSlice> = ({ set, get, client }) => {
  async function load(id: number): Promise<void> {
    try {
      const reveal = get().revealSecrets;
      const detail = await client.getDelivery(id, reveal);
      if (get().selectedId !== id || get().revealSecrets !== reveal) return; // another row or view was chosen meanwhile
      if (!detail) {
        set({ selectedId: null, detail: null, detailStatus: 'gone' });
        return;
      }
      // An unchanged delivery keeps its object, so nothing below re-renders or refetches a body.
      if (sameDetail(get().detail, detail) && get().detailStatus === 'ready') return;
      set({ detail, detailStatus: 'ready', detailError: null });
    } catch (error) {
      if (get().selectedId === id) set({ detailStatus: 'error', detailError: describeError('open this delivery', error) });
    }
  }

  return {
    cursorIndex: 0,
    selectedId: null,
    detail: null,
    detailStatus: 'none',
    detailError: null,
    revealSecrets: false,
    setRevealSecrets(reveal) {
      set({ revealSecrets: reveal });
      const { selectedId } = get();
      if (selectedId !== null) void load(selectedId);
    },
    moveCursor(delta) {
      const { total, cursorIndex } = get();
      const next = Math.min(total - 1, Math.max(0, cursorIndex + delta));
      set({ cursorIndex: next });
      return next;
    },
    openCursor() {
      const { cursorIndex, rowAt } = get();
      const row = rowAt(cursorIndex);
      if (row) get().open(row.id, cursorIndex);
    },
    open(id, index) {
      set({ cursorIndex: index ?? get().cursorIndex, selectedId: id });
      if (get().detail?.id === id) return;
      set({ detailStatus: 'loading', detailError: null, revealSecrets: false });
      void load(id);
    },
    async refreshDetail() {
      const { selectedId } = get();
      if (selectedId !== null) await load(selectedId);
    },
  };
};
