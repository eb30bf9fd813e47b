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
  /**
   * The window changed (new deliveries pushed older ones down, or a page arrived): the cursor stays on the row it
   * was on (`cursorRowId`, read before the change), else on the opened delivery, rather than on its old index.
   * Never back to the opened row while the cursor is elsewhere: a page landing between two Shift+↓ would restart
   * the range from there.
   */
  followCursor(cursorRowId: number | undefined): void;
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
  followCursor(cursorRowId) {
    const { rows, windowOffset } = get().inbox;
    for (const id of [cursorRowId, get().detail.selectedId]) {
      const index = id === undefined || id === null ? -1 : rows.findIndex((row) => row.id === id);
      if (index >= 0) return set({ cursorIndex: windowOffset + index });
    }
  },
  resetCursor() {
    set({ cursorIndex: 0 });
  },
});
