import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { cursorStep, matchesKey } from '@shared/key-map';
import { OriginLegend } from '../../components/DeliveryMarks';
import { isSelected } from '../../store/list-selection';
import { currentSelection } from '../../store/selection-slice';
import { useApp } from '../../store/use-app';
import { DeliveryListHeader, DeliveryListRow, PlaceholderRow } from './DeliveryListRow';
import { useNow } from '../../components/use-now';
import { useKeptPlace } from './use-kept-place';

const ROW_HEIGHT = 30;

/**
 * The virtual list: only the rows on screen exist in the DOM, and only a window around them is
 * fetched from the core, so 100 000 stored deliveries open as fast as 10.
 */
export function DeliveryList() {
  const total = useApp((state) => state.inbox.total);
  const rows = useApp((state) => state.inbox.rows);
  const windowOffset = useApp((state) => state.inbox.windowOffset);
  const selectedId = useApp((state) => state.detail.selectedId);
  const cursorIndex = useApp((state) => state.inbox.cursorIndex);
  const queryVersion = useApp((state) => state.inbox.queryVersion);
  const showRange = useApp((state) => state.inbox.showRange);
  const clickRow = useApp((state) => state.inbox.clickRow);
  const selection = useApp((state) => currentSelection(state.inbox));
  const moveCursor = useApp((state) => state.inbox.moveCursor);
  const extendSelectionBy = useApp((state) => state.inbox.extendSelectionBy);
  const selectAllMatching = useApp((state) => state.inbox.selectAllMatching);
  const openCursor = useApp((state) => state.inbox.openCursor);
  const now = useNow();
  const scroller = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    showRange(first, last);
  }, [first, last, showRange]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [queryVersion, virtualizer]);

  const { unseen, onScroll, showNewest } = useKeptPlace({
    scroller, rowHeight: ROW_HEIGHT, rows, windowOffset, holding: selectedId !== null, queryVersion,
  });
  // A row that gets opened (a click, or a replay opening itself) is brought into view once it is in the list;
  // keeping the place must never hide the row the user is looking at.
  const revealSelected = useRef(false);
  useEffect(() => {
    revealSelected.current = selectedId !== null;
  }, [selectedId]);
  useEffect(() => {
    if (!revealSelected.current || !rows.some((row) => row.id === selectedId)) return;
    revealSelected.current = false;
    virtualizer.scrollToIndex(cursorIndex, { align: 'auto' });
  }, [rows, selectedId, cursorIndex, virtualizer]);

  // One width for every row: a verdict in one row must not narrow the columns of that row alone.
  const showsVerdicts = rows.some((row) => row.tokenCheck !== 'not-configured' || row.signatureCheck !== 'not-configured');

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const delta = cursorStep(event);
    if (delta !== undefined) {
      const move = matchesKey('extendSelection', event) ? extendSelectionBy : moveCursor;
      if (total > 0) virtualizer.scrollToIndex(move(delta), { align: 'auto' });
    } else if (matchesKey('open', event)) {
      openCursor();
    } else if (matchesKey('selectAllMatching', event)) {
      selectAllMatching();
    } else {
      return;
    }
    event.preventDefault();
  }

  return (
    <div className={showsVerdicts ? 'delivery-list delivery-list-verdicts' : 'delivery-list'}>
      {unseen > 0 && (
        <button type="button" className="new-rows-bar" onClick={showNewest} data-testid="new-rows-bar">
          ↑ {unseen} new — show the newest
        </button>
      )}
      <DeliveryListHeader />
      <div
        className="delivery-list-scroller"
        ref={scroller}
        onScroll={onScroll}
        tabIndex={0}
        role="listbox"
        aria-label="Deliveries, newest first"
        onKeyDown={onKeyDown}
        data-testid="delivery-list"
      >
        {/* With a row open, room below the last row lets the list scroll by what arrives above, even when short. */}
        <div style={{ height: virtualizer.getTotalSize() + (selectedId !== null ? (scroller.current?.clientHeight ?? 0) : 0), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index - windowOffset];
            return (
              <div
                key={item.key}
                className="virtual-row"
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={
                  row
                    ? (event) => clickRow({ id: row.id, index: item.index, range: event.shiftKey, toggle: event.ctrlKey || event.metaKey })
                    : undefined
                }
              >
                {row ? (
                  <DeliveryListRow
                    row={row}
                    now={now}
                    selected={row.id === selectedId}
                    cursor={item.index === cursorIndex}
                    picked={isSelected(selection, row.id)}
                  />
                ) : (
                  <PlaceholderRow />
                )}
              </div>
            );
          })}
        </div>
      </div>
      <OriginLegend />
    </div>
  );
}
