import type { DeliverySelection } from '@shared/contract';

/**
 * Several deliveries picked in the list: rows by id (clicks and Shift+arrows), or every delivery matching a
 * search, which the core resolves when an action runs, loaded or not. `anchor` is the list index a Shift-click
 * or Shift+arrow extends from (the last row clicked or opened).
 */
export type ListSelection = RowsSelection | { kind: 'query'; search: string; count: number; capped: boolean };

export interface RowsSelection {
  kind: 'rows';
  ids: readonly number[];
  anchor: number | null;
}

export const NO_SELECTION: RowsSelection = { kind: 'rows', ids: [], anchor: null };

export interface RowClick {
  id: number;
  index: number;
  /** Shift held: the range from the anchor. */
  range: boolean;
  /** Ctrl/Cmd held: this row in or out. */
  toggle: boolean;
}

/** The id at a list index, when that row is loaded. */
export type IdAt = (index: number) => number | undefined;

function rangeIds(from: number, to: number, idAt: IdAt): number[] {
  const ids: number[] = [];
  for (let index = Math.min(from, to); index <= Math.max(from, to); index += 1) {
    const id = idAt(index);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/**
 * What a click makes of the selection. A plain click leaves none (it opens the row, which becomes the anchor);
 * Ctrl/Cmd-click adds or removes a row, starting from the open one; Shift-click selects the anchor's range.
 * `openId` is the delivery open in the detail, which a first Ctrl-click keeps selected with the new one.
 */
export function clickSelection(current: ListSelection, click: RowClick, idAt: IdAt, openId: number | null): ListSelection {
  const rows: RowsSelection = current.kind === 'rows' ? current : NO_SELECTION;
  if (click.range && rows.anchor !== null) return { kind: 'rows', ids: rangeIds(rows.anchor, click.index, idAt), anchor: rows.anchor };
  if (!click.toggle) return { kind: 'rows', ids: [], anchor: click.index };
  const start = rows.ids.length === 0 && openId !== null && openId !== click.id ? [openId] : rows.ids;
  const ids = start.includes(click.id) ? start.filter((id) => id !== click.id) : [...start, click.id];
  return { kind: 'rows', ids, anchor: click.index };
}

/** Shift+↑/↓: from the anchor (the cursor when there is none) to the cursor's new index. */
export function extendSelection(current: ListSelection, cursorIndex: number, nextIndex: number, idAt: IdAt): ListSelection {
  const anchor = current.kind === 'rows' && current.anchor !== null ? current.anchor : cursorIndex;
  return { kind: 'rows', ids: rangeIds(anchor, nextIndex, idAt), anchor };
}

export function isSelected(selection: ListSelection, id: number): boolean {
  return selection.kind === 'query' || selection.ids.includes(id);
}

/** How many deliveries the selection holds: a query's match count (capped) or the rows picked. */
export function selectedCount(selection: ListSelection): number {
  return selection.kind === 'query' ? selection.count : selection.ids.length;
}

/** Worth a bar: two or more rows, or one row picked with Ctrl/Cmd, or a whole query. */
export function hasSelection(selection: ListSelection): boolean {
  return selectedCount(selection) > 0;
}

/** What the core is asked to act on. */
export function selectionForCore(selection: ListSelection): DeliverySelection {
  return selection.kind === 'query' ? { search: selection.search } : { ids: [...selection.ids] };
}

/** The two rows to compare, older first, when exactly two are picked. */
export function comparedPair(selection: ListSelection): [number, number] | null {
  if (selection.kind !== 'rows' || selection.ids.length !== 2) return null;
  const [a, b] = selection.ids;
  return a < b ? [a, b] : [b, a];
}
