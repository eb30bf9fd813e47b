import type { SliceCreator } from './types';

export interface CursorSlice {
  /** The keyboard cursor in the list (an index); Enter opens the row under it. */
  cursorIndex: number;
  /** Moves the cursor and returns its new index. */
  moveCursor(delta: number): number;
  openCursor(): void;
  /** Puts the cursor on a list index without opening its row (a Ctrl/Shift-click, Shift+↑/↓). */
  placeCursor(index: number): void;
  /** Opens the delivery at a list index, the cursor with it. */
  openAt(id: number, index: number): void;
  /** New deliveries push older ones down; the cursor follows the opened delivery rather than its old index. */
  followSelection(): void;
  /** Back to the top, as after the list was cleared. */
  resetCursor(): void;
}

export const createCursorSlice: SliceCreator<'inbox', CursorSlice, 'detail'> = ({ set, get }) => ({
  cursorIndex: 0,
  moveCursor(delta) {
    const { total, cursorIndex } = get().inbox;
    const next = Math.min(total - 1, Math.max(0, cursorIndex + delta));
    set({ cursorIndex: next });
    return next;
  },
  openCursor() {
    const { cursorIndex, rowAt } = get().inbox;
    const row = rowAt(cursorIndex);
    if (row) get().inbox.openAt(row.id, cursorIndex);
  },
  placeCursor(index) {
    set({ cursorIndex: index });
  },
  openAt(id, index) {
    set({ cursorIndex: index });
    get().detail.open(id);
  },
  followSelection() {
    const { rows, windowOffset } = get().inbox;
    const index = rows.findIndex((row) => row.id === get().detail.selectedId);
    if (index >= 0) set({ cursorIndex: windowOffset + index });
  },
  resetCursor() {
    set({ cursorIndex: 0 });
  },
});
