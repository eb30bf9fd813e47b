import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { DeliveryRow } from '@shared/delivery';

interface Anchor {
  id: number;
  index: number;
}

/**
 * Rows never move under the user. The list is newest first, so new deliveries are inserted above: while the user
 * is scrolled down or has a row open, the scroll position grows by the rows inserted above the first visible one,
 * and `unseen` counts them (the rows above the top the user last saw) for the "N new" bar. At the top with
 * nothing open the list follows the newest, as a live view should.
 */
export function useKeptPlace(options: {
  scroller: RefObject<HTMLDivElement | null>;
  rowHeight: number;
  rows: DeliveryRow[];
  windowOffset: number;
  holding: boolean;
  /** Changes when the query changes: the old place means nothing in the new list. */
  queryVersion: number;
}) {
  const { scroller, rowHeight, rows, windowOffset, holding, queryVersion } = options;
  const anchor = useRef<Anchor | null>(null);
  const [unseen, setUnseen] = useState(0);

  const rememberFirstVisible = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const index = Math.floor(element.scrollTop / rowHeight);
    const row = rows[index - windowOffset];
    anchor.current = row ? { id: row.id, index } : null;
    if (element.scrollTop === 0) setUnseen(0);
  }, [scroller, rowHeight, rows, windowOffset]);

  useLayoutEffect(() => {
    anchor.current = null;
    setUnseen(0);
  }, [queryVersion]);

  // Before the browser paints the new rows: move by what was inserted above, so nothing visibly jumps.
  useLayoutEffect(() => {
    const element = scroller.current;
    const kept = anchor.current;
    if (element && kept && (holding || element.scrollTop > 0)) {
      const found = rows.findIndex((row) => row.id === kept.id);
      const shift = found < 0 ? 0 : windowOffset + found - kept.index;
      if (shift !== 0) {
        element.scrollTop += shift * rowHeight;
        setUnseen((count) => Math.max(0, count + shift));
      }
    }
    rememberFirstVisible();
  }, [rows, windowOffset, holding, scroller, rowHeight, rememberFirstVisible]);

  const showNewest = useCallback(() => {
    scroller.current?.scrollTo({ top: 0 });
    setUnseen(0);
  }, [scroller]);

  return { unseen, onScroll: rememberFirstVisible, showNewest };
}
