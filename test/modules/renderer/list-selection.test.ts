import { describe, expect, it } from 'vitest';
import type { DeliveryRow } from '@shared/delivery';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import {
  clickSelection, comparedPair, extendSelection, hasSelection, isSelected, NO_SELECTION, selectedCount, selectionForCore, type ListSelection,
} from '../../../src/renderer/src/store/list-selection';
import { currentSelection } from '../../../src/renderer/src/store/selection-slice';
import { fakeClient } from '../../support/fake-client';

// List index i holds delivery 100 - i (newest first); 5 and beyond are not loaded.
const idAt = (index: number) => (index >= 0 && index < 5 ? 100 - index : undefined);
const click = (index: number, mods: { range?: boolean; toggle?: boolean } = {}) => ({ id: 100 - index, index, range: false, toggle: false, ...mods });
const ids = (selection: ListSelection) => (selection.kind === 'rows' ? [...selection.ids].sort((a, b) => a - b) : selection);

describe('selecting rows in the list', () => {
  it('a plain click selects nothing but makes the row the anchor; Shift-click then takes the range, either way', () => {
    const plain = clickSelection(NO_SELECTION, click(1), idAt, null);
    expect(plain).toEqual({ kind: 'rows', ids: [], anchor: 1 });
    expect(hasSelection(plain)).toBe(false);
    expect(ids(clickSelection(plain, click(3, { range: true }), idAt, 99))).toEqual([97, 98, 99]);
    expect(ids(clickSelection(plain, click(0, { range: true }), idAt, 99))).toEqual([99, 100]);
    // The anchor stays: a second Shift-click redraws the range from it rather than adding to it.
    const range = clickSelection(plain, click(4, { range: true }), idAt, 99);
    expect(ids(clickSelection(range, click(2, { range: true }), idAt, 99))).toEqual([98, 99]);
  });

  it('Ctrl/Cmd-click adds the open row and the clicked one, then toggles rows in and out', () => {
    const open = clickSelection(NO_SELECTION, click(0), idAt, null);
    const two = clickSelection(open, click(2, { toggle: true }), idAt, 100);
    expect(ids(two)).toEqual([98, 100]);
    expect(comparedPair(two)).toEqual([98, 100]);
    const three = clickSelection(two, click(3, { toggle: true }), idAt, 100);
    expect(selectedCount(three)).toBe(3);
    expect(comparedPair(three)).toBeNull();
    expect(ids(clickSelection(three, click(0, { toggle: true }), idAt, 100))).toEqual([97, 98]);
    // With nothing open, a first Ctrl-click selects just that row.
    expect(ids(clickSelection(NO_SELECTION, click(4, { toggle: true }), idAt, null))).toEqual([96]);
  });

  it('Shift+arrows extend from the anchor, or from the cursor when nothing was clicked, skipping rows not loaded', () => {
    const fromCursor = extendSelection(NO_SELECTION, 2, 3, idAt);
    expect(fromCursor).toEqual({ kind: 'rows', ids: [98, 97], anchor: 2 });
    expect(ids(extendSelection(fromCursor, 3, 4, idAt))).toEqual([96, 97, 98]);
    expect(ids(extendSelection(fromCursor, 3, 1, idAt))).toEqual([98, 99]);
    expect(ids(extendSelection(fromCursor, 4, 6, idAt))).toEqual([96, 97, 98]);
  });

  it('a query selection holds every match and goes to the core as the search, not as ids', () => {
    const all: ListSelection = { kind: 'query', search: 'status:failed', count: 2345, capped: false };
    expect(isSelected(all, 1)).toBe(true);
    expect(selectedCount(all)).toBe(2345);
    expect(selectionForCore(all)).toEqual({ search: 'status:failed' });
    expect(comparedPair(all)).toBeNull();
    expect(selectionForCore({ kind: 'rows', ids: [3, 4], anchor: 0 })).toEqual({ ids: [3, 4] });
  });
});

function row(id: number): DeliveryRow {
  return {
    id, origin: 'captured', parentId: null, receivedAt: 1_700_000_000_000, method: 'POST', url: `/hooks/${id}`, provider: 'gitlab', event: 'Push Hook',
    status: 200, errorKind: null, durationMs: 1, requestSize: 2, overLimit: false, tokenCheck: 'not-configured', signatureCheck: 'not-configured',
  };
}

/** A store over a core holding deliveries 1..total, newest first, that records what bulk calls it got. */
async function storeWith(total: number) {
  const calls: unknown[][] = [];
  const stored = Array.from({ length: total }, (_, index) => row(total - index));
  const client = fakeClient({
    listDeliveries: async (query) => ({ rows: stored.slice(query.offset, query.offset + query.limit), total }),
    getDelivery: async () => null,
    resolveSelection: async (selection) => (calls.push(['resolveSelection', selection]), 'ids' in selection ? selection.ids : [7, 6, 5]),
    deleteDeliveries: async (deleted) => (calls.push(['deleteDeliveries', deleted]), deleted.length),
  });
  const store = createAppStore(client);
  await store.getState().inbox.refetchWindow();
  return { store, calls };
}

describe('the selection in the store', () => {
  it('is cleared by a new search: a selection made under another one would act on rows no longer shown', async () => {
    const { store } = await storeWith(10);
    store.getState().inbox.clickRow({ id: 10, index: 0, range: false, toggle: false });
    store.getState().inbox.clickRow({ id: 8, index: 2, range: true, toggle: false });
    expect(ids(currentSelection(store.getState().inbox))).toEqual([8, 9, 10]);
    expect(store.getState().inbox.cursorIndex).toBe(2);
    expect(store.getState().detail.selectedId).toBe(10);

    store.getState().inbox.setSearch('push');
    expect(currentSelection(store.getState().inbox)).toBe(NO_SELECTION);
  });

  it('Shift+arrows move the cursor and stretch the selection; select all takes the match count', async () => {
    const { store } = await storeWith(10);
    expect(store.getState().inbox.extendSelectionBy(1)).toBe(1);
    expect(store.getState().inbox.extendSelectionBy(1)).toBe(2);
    expect(ids(currentSelection(store.getState().inbox))).toEqual([8, 9, 10]);
    store.getState().inbox.selectAllMatching();
    expect(currentSelection(store.getState().inbox)).toEqual({ kind: 'query', search: '', count: 10, capped: false });
  });

  it('deletes a query selection by asking the core to resolve it, and gives the ids for Undo', async () => {
    const { store, calls } = await storeWith(10);
    store.getState().inbox.selectAllMatching();
    expect(await store.getState().bulk.deleteSelection()).toEqual([7, 6, 5]);
    expect(calls).toEqual([['resolveSelection', { search: '' }], ['deleteDeliveries', [7, 6, 5]]]);
    expect(hasSelection(currentSelection(store.getState().inbox))).toBe(false);
  });
});
