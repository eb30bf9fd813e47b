import { clickSelection, extendSelection, NO_SELECTION, type ListSelection, type RowClick } from './list-selection';
import type { ReadableState, SliceCreator } from './types';

export interface SelectionSlice {
  /** The deliveries picked for a bulk action; see currentSelection for the one in force. */
  selection: ListSelection;
  /** The search the selection was made under: a new search starts with none. */
  selectionSearch: string;
  /** A row clicked with or without Shift and Ctrl/Cmd; a plain click opens the row. */
  clickRow(click: RowClick): void;
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

function idAtOf(state: ReadableState<'inbox'>) {
  return (index: number) => state.inbox.rowAt(index)?.id;
}

export const createSelectionSlice: SliceCreator<'inbox', SelectionSlice, 'detail'> = ({ set, get }) => {
  const choose = (selection: ListSelection) => set({ selection, selectionSearch: get().inbox.filters.search.trim() });
  return {
    selection: NO_SELECTION,
    selectionSearch: '',
    clickRow(click) {
      const state = get();
      choose(clickSelection(currentSelection(state.inbox), click, idAtOf(state), state.detail.selectedId));
      if (click.range || click.toggle) state.inbox.placeCursor(click.index);
      else state.inbox.openAt(click.id, click.index);
    },
    extendSelectionBy(delta) {
      const state = get();
      const { total, cursorIndex } = state.inbox;
      const next = Math.min(total - 1, Math.max(0, cursorIndex + delta));
      choose(extendSelection(currentSelection(state.inbox), cursorIndex, next, idAtOf(state)));
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
