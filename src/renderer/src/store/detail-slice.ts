import type { DeliveryDetail } from '@shared/delivery';
import { describeError } from './describe-error';
import type { SliceCreator } from './types';

export type DetailStatus = 'none' | 'loading' | 'ready' | 'gone' | 'error';

export interface DetailSlice {
  selectedId: number | null;
  /** The open delivery as loaded (headers, verdicts; bodies are fetched by the views that show them). */
  delivery: DeliveryDetail | null;
  detailStatus: DetailStatus;
  detailError: string | null;
  /** Shows the open delivery's tokens and credentials as stored; masked otherwise, and again for the next delivery. */
  revealSecrets: boolean;
  setRevealSecrets(reveal: boolean): void;
  /** Shows a delivery in the detail pane. */
  open(id: number): void;
  /** Shows a delivery the core just gave whole (a send's or replay's answer): nothing to fetch. */
  show(detail: DeliveryDetail): void;
  /** Nothing open, as after the deliveries were cleared. */
  close(): void;
  /**
   * Reloads the open delivery: an unchanged answer keeps the same `delivery` object (nothing re-renders),
   * and a delivery that is gone clears the selection.
   */
  refreshDetail(): Promise<void>;
}

/** Details are plain JSON from the core: the same text means nothing changed. */
function sameDetail(a: DeliveryDetail | null, b: DeliveryDetail): boolean {
  return a !== null && a.id === b.id && JSON.stringify(a) === JSON.stringify(b);
}

export const createDetailSlice: SliceCreator<'detail', DetailSlice> = ({ set, get, client }) => {
  // Bumped by each load: answers can come back out of order (two calls over HTTP), and a load asked for before
  // another must not replace what that one read (a forward's capture then stayed pending, its answer unseen).
  let loads = 0;
  async function load(id: number): Promise<void> {
    const asked = ++loads;
    try {
      const reveal = get().detail.revealSecrets;
      const detail = await client.getDelivery(id, reveal);
      // Another row or view chosen meanwhile started a load of its own; a close chose none.
      if (asked !== loads || get().detail.selectedId !== id) return;
      if (!detail) {
        set({ selectedId: null, delivery: null, detailStatus: 'gone' });
        return;
      }
      // An unchanged delivery keeps its object, so nothing below re-renders or refetches a body.
      if (sameDetail(get().detail.delivery, detail) && get().detail.detailStatus === 'ready') return;
      set({ delivery: detail, detailStatus: 'ready', detailError: null });
    } catch (error) {
      if (asked === loads && get().detail.selectedId === id) set({ detailStatus: 'error', detailError: describeError('open this delivery', error) });
    }
  }

  return {
    selectedId: null,
    delivery: null,
    detailStatus: 'none',
    detailError: null,
    revealSecrets: false,
    setRevealSecrets(reveal) {
      set({ revealSecrets: reveal });
      const { selectedId } = get().detail;
      if (selectedId !== null) void load(selectedId);
    },
    open(id) {
      set({ selectedId: id });
      if (get().detail.delivery?.id === id) return;
      set({ detailStatus: 'loading', detailError: null, revealSecrets: false });
      void load(id);
    },
    show(detail) {
      set({ selectedId: detail.id, delivery: detail, detailStatus: 'ready', detailError: null, revealSecrets: false });
    },
    close() {
      set({ selectedId: null, delivery: null, detailStatus: 'none' });
    },
    async refreshDetail() {
      const { selectedId } = get().detail;
      if (selectedId !== null) await load(selectedId);
    },
  };
};
