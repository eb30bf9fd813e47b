import { BULK_LIMIT } from '@shared/contract';
import { errorReason } from './describe-error';
import { clickSelection, extendSelection, NO_SELECTION, type IdRange, type ListSelection, type RowClick, type SelectionChange } from './list-selection';
import type { SliceCreator } from './types';

/** Rows asked for per page while listing a range the window has not loaded: keyset pages, as quick deep as on top. */
const RANGE_PAGE = 1000;

export interface SelectionSlice {
  /** The deliveries picked for a bulk action; see currentSelection for the one in force. */
  selection: ListSelection;
  /** The search the selection was made under: a new search starts with none. */
  selectionSearch: string;
  /** True while the core lists a range reaching beyond the loaded rows: acting now would act on part of it. */
  selectionFilling: boolean;
  /** Why the range was not selected whole, in words. */
  selectionNote: string | null;
  /** A row clicked with or without Shift and Ctrl/Cmd; a plain click opens the row. */
  clickRow(click: RowClick & { index: number }): void;
  /** Shift+↑/↓: moves the cursor and selects from the anchor to it; returns the cursor's new index. */
  extendSelectionBy(delta: number): number;
  /** Every delivery the search matches, loaded or not: resolved by the core when an action runs. */
  selectAllMatching(): void;
  clearSelection(): void;
}

/** The selection in force: none once the search changed since it was made. */
export function currentSelection(inbox: Readonly<Pick<SelectionSlice, 'selection' | 'selectionSearch'>> & { filters: { search: string } }): ListSelection {
  return inbox.selectionSearch === inbox.filters.search.trim() ? inbox.selection : NO_SELECTION;
}

export const createSelectionSlice: SliceCreator<'inbox', SelectionSlice, 'detail'> = ({ set, get, client }) => {
  // Bumped by every change: a range listed for an older one must not replace what the user picked since.
  let generation = 0;
  const choose = (selection: ListSelection) => {
    generation += 1;
    set({ selection, selectionSearch: get().inbox.filters.search.trim(), selectionFilling: false, selectionNote: null });
  };
  const loadedIds = () => get().inbox.rows.map((row) => row.id);

  /** The range's every row, as the list has them (the search's matches between its ends), from the core. */
  async function listRange(range: IdRange, search: string): Promise<number[]> {
    const ids: number[] = [];
    let beforeId = range.newest + 1;
    for (;;) {
      const page = await client.listDeliveries({ offset: 0, limit: RANGE_PAGE, beforeId, ...(search ? { search } : {}) });
      ids.push(...page.rows.map((row) => row.id).filter((id) => id >= range.oldest));
      if (ids.length > BULK_LIMIT) throw new Error(`that range holds more than ${BULK_LIMIT.toLocaleString()} deliveries, the most a bulk action takes`);
      const last = page.rows.at(-1);
      if (!last || page.rows.length < RANGE_PAGE || last.id <= range.oldest) return ids;
      beforeId = last.id;
    }
  }

  function apply({ selection, unloaded }: SelectionChange): void {
    choose(selection);
    if (!unloaded) return;
    const asked = generation;
    const search = get().inbox.selectionSearch;
    set({ selectionFilling: true });
    listRange(unloaded, search).then(
      (ids) => asked === generation && set({ selection: { ...selection, ids }, selectionFilling: false }),
      (error: unknown) => asked === generation && set({ selectionFilling: false, selectionNote: `Only the loaded rows are selected: ${errorReason(error)}.` }),
    );
  }

  return {
    selection: NO_SELECTION,
    selectionSearch: '',
    selectionFilling: false,
    selectionNote: null,
    clickRow(click) {
      const state = get();
      apply(clickSelection(currentSelection(state.inbox), click, loadedIds(), state.detail.selectedId));
      if (click.range || click.toggle) state.inbox.placeCursor(click.index);
      else state.inbox.openAt(click.id, click.index);
    },
    extendSelectionBy(delta) {
      const state = get();
      const { total, cursorIndex, rowAt } = state.inbox;
      const next = Math.min(total - 1, Math.max(0, cursorIndex + delta));
      const [from, to] = [rowAt(cursorIndex), rowAt(next)];
      if (from && to) apply(extendSelection(currentSelection(state.inbox), from.id, to.id, loadedIds()));
      state.inbox.placeCursor(next);
      return next;
    },
    selectAllMatching() {
      const { filters, total, totalCapped } = get().inbox;
      choose({ kind: 'query', search: filters.search.trim(), count: total, capped: totalCapped });
    },
    clearSelection() {
      choose(NO_SELECTION);
    },
  };
};
