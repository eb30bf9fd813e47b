import type { DeliveryQuery, SearchIndexProgress } from '@shared/contract';
import type { DeliveryRow } from '@shared/delivery';
import { describeError } from './describe-error';
import type { SliceCreator } from './types';

/** Rows fetched beyond each edge of the visible range, so slow scrolling never shows placeholders. */
const WINDOW_MARGIN = 60;

/** The search language (@shared/query): the quick toggles and the event picker write into it too. */
export interface ListFilters {
  search: string;
}

export interface ListSlice {
  filters: ListFilters;
  /** How many deliveries match the filters: the virtual list's height. */
  total: number;
  /** More than `total` match (a filtered count stops at 10 000). */
  totalCapped: boolean;
  /** How far the search index has come, with a search. */
  searchIndex: SearchIndexProgress | null;
  /** The fetched window: `rows[i]` is list index `windowOffset + i`. Never the whole history. */
  windowOffset: number;
  rows: DeliveryRow[];
  /** False until the first window arrives, so an empty inbox is not mistaken for a loading one. */
  listLoaded: boolean;
  listError: string | null;
  visibleStart: number;
  visibleEnd: number;
  /** Bumped when the filters change, so the list scrolls back to the top. */
  queryVersion: number;
  rowAt(index: number): DeliveryRow | undefined;
  showRange(start: number, end: number): void;
  refetchWindow(): Promise<void>;
  /** New deliveries on top of the window (newest first), with the new total: no fetch needed. */
  prependRows(rows: readonly DeliveryRow[], total: number): void;
  /** The list stops moving ("Pause live view"): a page asked for before this is not shown. */
  freezeWindow(): void;
  setSearch(search: string): void;
}

export function hasActiveFilters(filters: ListFilters): boolean {
  return !!filters.search.trim();
}

/** By key when the row just above the window is known (scrolling), so a page deep down is as quick as the first. */
function queryFor(filters: ListFilters, offset: number, limit: number, above: DeliveryRow | undefined): DeliveryQuery {
  const query: DeliveryQuery = above ? { offset: 0, limit, beforeId: above.id } : { offset, limit };
  if (filters.search.trim()) query.search = filters.search.trim();
  return query;
}

export const createListSlice: SliceCreator<'inbox', ListSlice> = ({ set, get, client }) => {
  // One request in flight at a time; a change meanwhile asks for one more, with the latest range and filters.
  let inFlight = false;
  let fetchAgain = false;
  // Bumped by each prepend: a page asked for before it is older than the list, and must not replace it.
  let prepends = 0;
  // Bumped by each pause: a page asked for before it may hold what arrived after it (seen under load in Chromium).
  let freezes = 0;

  async function refetchWindow(): Promise<void> {
    if (inFlight) {
      fetchAgain = true;
      return;
    }
    inFlight = true;
    try {
      do {
        fetchAgain = false;
        const { filters, visibleStart, visibleEnd } = get().inbox;
        const offset = Math.max(0, visibleStart - WINDOW_MARGIN);
        const limit = visibleEnd - offset + WINDOW_MARGIN + 1;
        const asked = prepends;
        const frozenAsked = freezes;
        const page = await client.listDeliveries(queryFor(filters, offset, limit, offset > 0 ? get().inbox.rowAt(offset - 1) : undefined));
        // Asked for before a pause: not shown, unless something since (a new search) asked again.
        if (freezes !== frozenAsked) continue;
        if (prepends !== asked) {
          // Rows announced meanwhile are newer than this page: ask again rather than drop them from the list.
          fetchAgain = true;
          continue;
        }
        const cursorRowId = get().inbox.rowAt(get().inbox.cursorIndex)?.id;
        set({
          rows: page.rows, windowOffset: offset, total: page.total, totalCapped: page.totalCapped ?? false,
          searchIndex: page.searchIndex ?? null, listLoaded: true, listError: null,
        });
        get().inbox.followCursor(cursorRowId);
      } while (fetchAgain);
    } catch (error) {
      set({ listError: describeError('load the delivery list', error) });
    } finally {
      inFlight = false;
    }
  }

  function applyFilters(filters: ListFilters): void {
    const { visibleStart, visibleEnd, queryVersion } = get().inbox;
    set({ filters, visibleStart: 0, visibleEnd: visibleEnd - visibleStart, queryVersion: queryVersion + 1 });
    void refetchWindow();
  }

  return {
    filters: { search: '' },
    total: 0,
    totalCapped: false,
    searchIndex: null,
    windowOffset: 0,
    rows: [],
    listLoaded: false,
    listError: null,
    visibleStart: 0,
    visibleEnd: 50,
    queryVersion: 0,
    rowAt(index) {
      const { rows, windowOffset } = get().inbox;
      return rows[index - windowOffset];
    },
    showRange(start, end) {
      const { windowOffset, rows, total } = get().inbox;
      set({ visibleStart: start, visibleEnd: end });
      const windowEnd = windowOffset + rows.length - 1;
      const lastNeeded = Math.min(end, total - 1);
      if (start < windowOffset || lastNeeded > windowEnd) void refetchWindow();
    },
    refetchWindow,
    freezeWindow() {
      freezes += 1;
      fetchAgain = false;
    },
    prependRows(fresh, total) {
      if (fresh.length === 0) {
        set({ total });
        return;
      }
      prepends += 1;
      const { rows, visibleEnd, cursorIndex, rowAt } = get().inbox;
      const cursorRowId = rowAt(cursorIndex)?.id;
      // A row already shown (a forward's capture, answered now) changes in place; one below the window stays out of it.
      const shownAbove = rows[0]?.id ?? 0;
      const replacing = new Map(fresh.filter((row) => row.id <= shownAbove).map((row) => [row.id, row]));
      const above = fresh.filter((row) => row.id > shownAbove);
      const kept = rows.map((row) => replacing.get(row.id) ?? row);
      const windowSize = Math.max(rows.length, visibleEnd + WINDOW_MARGIN + 1);
      set({ rows: [...above, ...kept].slice(0, windowSize), total });
      get().inbox.followCursor(cursorRowId);
    },
    setSearch(search) {
      if (search !== get().inbox.filters.search) applyFilters({ ...get().inbox.filters, search });
    },
  };
};
