import type { DeliverySelection } from '@shared/contract';

/**
 * Several deliveries picked in the list: rows by id (clicks and Shift+arrows), or every delivery matching a
 * search, which the core resolves when an action runs, loaded or not. `anchor` is the delivery a Shift-click or
 * Shift+arrow extends from (the last row clicked or opened): an id, not an index, so rows arriving above it
 * leave it where it was.
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
  /** Shift held: the range from the anchor. */
  range: boolean;
  /** Ctrl/Cmd held: this row in or out. */
  toggle: boolean;
}

/** The list's rows in order (newest first, so by id descending): every one between two ends is in a range. */
export interface IdRange {
  newest: number;
  oldest: number;
}

/** A selection, and the range whose rows the window has not loaded: the core lists them (see SelectionSlice). */
export interface SelectionChange {
  selection: RowsSelection;
  unloaded: IdRange | null;
}

/** The ids of the loaded rows between two deliveries, and the range when an end lies outside what is loaded. */
function rangeOf(anchor: number, end: number, loaded: readonly number[]): SelectionChange {
  const range = { newest: Math.max(anchor, end), oldest: Math.min(anchor, end) };
  const ids = loaded.filter((id) => id <= range.newest && id >= range.oldest);
  const whole = loaded.includes(anchor) && loaded.includes(end);
  return { selection: { kind: 'rows', ids, anchor }, unloaded: whole ? null : range };
}

/**
 * What a click makes of the selection. A plain click leaves none (it opens the row, which becomes the anchor);
 * Ctrl/Cmd-click adds or removes a row, starting from the open one; Shift-click selects the anchor's range.
 * `openId` is the delivery open in the detail, which a first Ctrl-click keeps selected with the new one.
 */
export function clickSelection(current: ListSelection, click: RowClick, loaded: readonly number[], openId: number | null): SelectionChange {
  const rows: RowsSelection = current.kind === 'rows' ? current : NO_SELECTION;
  if (click.range && rows.anchor !== null) return rangeOf(rows.anchor, click.id, loaded);
  if (!click.toggle) return { selection: { kind: 'rows', ids: [], anchor: click.id }, unloaded: null };
  const start = rows.ids.length === 0 && openId !== null && openId !== click.id ? [openId] : rows.ids;
  const ids = start.includes(click.id) ? start.filter((id) => id !== click.id) : [...start, click.id];
  return { selection: { kind: 'rows', ids, anchor: click.id }, unloaded: null };
}

/** Shift+↑/↓: from the anchor (the row under the cursor when there is none) to the row the cursor moves to. */
export function extendSelection(current: ListSelection, cursorId: number, nextId: number, loaded: readonly number[]): SelectionChange {
  const anchor = current.kind === 'rows' && current.anchor !== null ? current.anchor : cursorId;
  return rangeOf(anchor, nextId, loaded);
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
