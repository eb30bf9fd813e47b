import { describe, expect, it } from 'vitest';
import type { DeliveryRow } from '@shared/delivery';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import {
  clickSelection, comparedPair, extendSelection, hasSelection, isSelected, NO_SELECTION, selectedCount, selectionForCore, type ListSelection,
} from '../../../src/renderer/src/store/list-selection';
import { currentSelection } from '../../../src/renderer/src/store/selection-slice';
import { fakeClient } from '../../support/fake-client';

// The loaded rows, newest first: deliveries 100 down to 96; older ones (and 101 and up) are not loaded.
const loaded = [100, 99, 98, 97, 96];
const click = (id: number, mods: { range?: boolean; toggle?: boolean } = {}) => ({ id, range: false, toggle: false, ...mods });
const ids = (selection: ListSelection) => (selection.kind === 'rows' ? [...selection.ids].sort((a, b) => a - b) : selection);

describe('selecting rows in the list', () => {
  it('a plain click selects nothing but makes the row the anchor; Shift-click then takes the range, either way', () => {
    const plain = clickSelection(NO_SELECTION, click(99), loaded, null);
    expect(plain).toEqual({ selection: { kind: 'rows', ids: [], anchor: 99 }, unloaded: null });
    expect(hasSelection(plain.selection)).toBe(false);
    expect(ids(clickSelection(plain.selection, click(97, { range: true }), loaded, 99).selection)).toEqual([97, 98, 99]);
    expect(ids(clickSelection(plain.selection, click(100, { range: true }), loaded, 99).selection)).toEqual([99, 100]);
    // The anchor stays: a second Shift-click redraws the range from it rather than adding to it.
    const range = clickSelection(plain.selection, click(96, { range: true }), loaded, 99).selection;
    expect(ids(clickSelection(range, click(98, { range: true }), loaded, 99).selection)).toEqual([98, 99]);
  });

  it('names the range for the core to list when one end is not loaded, with the loaded part meanwhile', () => {
    const anchored = clickSelection(NO_SELECTION, click(98), loaded, null).selection;
    expect(clickSelection(anchored, click(40, { range: true }), loaded, 98)).toEqual({
      selection: { kind: 'rows', ids: [98, 97, 96], anchor: 98 }, unloaded: { newest: 98, oldest: 40 },
    });
    expect(clickSelection({ kind: 'rows', ids: [], anchor: 130 }, click(99, { range: true }), loaded, null).unloaded).toEqual({ newest: 130, oldest: 99 });
  });

  it('Ctrl/Cmd-click adds the open row and the clicked one, then toggles rows in and out', () => {
    const open = clickSelection(NO_SELECTION, click(100), loaded, null).selection;
    const two = clickSelection(open, click(98, { toggle: true }), loaded, 100).selection;
    expect(ids(two)).toEqual([98, 100]);
    expect(comparedPair(two)).toEqual([98, 100]);
    const three = clickSelection(two, click(97, { toggle: true }), loaded, 100).selection;
    expect(selectedCount(three)).toBe(3);
    expect(comparedPair(three)).toBeNull();
    expect(ids(clickSelection(three, click(100, { toggle: true }), loaded, 100).selection)).toEqual([97, 98]);
    // With nothing open, a first Ctrl-click selects just that row.
    expect(ids(clickSelection(NO_SELECTION, click(96, { toggle: true }), loaded, null).selection)).toEqual([96]);
  });

  it('Shift+arrows extend from the anchor, or from the row under the cursor when nothing was clicked', () => {
    const fromCursor = extendSelection(NO_SELECTION, 98, 97, loaded).selection;
    expect(fromCursor).toEqual({ kind: 'rows', ids: [98, 97], anchor: 98 });
    expect(ids(extendSelection(fromCursor, 97, 96, loaded).selection)).toEqual([96, 97, 98]);
    expect(ids(extendSelection(fromCursor, 97, 99, loaded).selection)).toEqual([98, 99]);
  });

  it('a query selection holds every match and goes to the core as the search, not as ids', () => {
    const all: ListSelection = { kind: 'query', search: 'status:failed', count: 2345, capped: false };
    expect(isSelected(all, 1)).toBe(true);
    expect(selectedCount(all)).toBe(2345);
    expect(selectionForCore(all)).toEqual({ search: 'status:failed' });
    expect(comparedPair(all)).toBeNull();
    expect(selectionForCore({ kind: 'rows', ids: [3, 4], anchor: 3 })).toEqual({ ids: [3, 4] });
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
    listDeliveries: async (query) => {
      const below = query.beforeId === undefined ? stored : stored.filter((each) => each.id < (query.beforeId ?? 0));
      return { rows: below.slice(query.offset, query.offset + query.limit), total };
    },
    // The opened row stays open (loading): these tests look at the list, not the detail.
    getDelivery: () => new Promise(() => {}),
    resolveSelection: async (selection) => (calls.push(['resolveSelection', selection]), 'ids' in selection ? selection.ids : [7, 6, 5]),
    deleteDeliveries: async (deleted) => (calls.push(['deleteDeliveries', deleted]), deleted.length),
  });
  const store = createAppStore(client);
  await store.getState().inbox.refetchWindow();
  return { store, calls };
}

describe('the selection in the store', () => {
  it('lists a Shift-click range reaching past the loaded rows from the core, and holds actions until it has', async () => {
    const { store } = await storeWith(3000);
    const { inbox } = store.getState();
    expect(inbox.rows.length).toBeLessThan(200);
    inbox.clickRow({ id: 3000, index: 0, range: false, toggle: false });
    store.getState().inbox.clickRow({ id: 501, index: 2499, range: true, toggle: false });
    expect(store.getState().inbox.selectionFilling).toBe(true);
    await expect.poll(() => store.getState().inbox.selectionFilling).toBe(false);
    const picked = currentSelection(store.getState().inbox);
    expect(selectedCount(picked)).toBe(2500);
    expect(ids(picked)).toEqual(Array.from({ length: 2500 }, (_, index) => 501 + index));
    expect(store.getState().inbox.selectionNote).toBeNull();
  });

  it('says so when a far range holds more than a bulk action takes, keeping the loaded rows selected', async () => {
    const { store } = await storeWith(12_000);
    store.getState().inbox.clickRow({ id: 12_000, index: 0, range: false, toggle: false });
    store.getState().inbox.clickRow({ id: 1, index: 11_999, range: true, toggle: false });
    await expect.poll(() => store.getState().inbox.selectionFilling).toBe(false);
    expect(store.getState().inbox.selectionNote).toBe(
      'Only the loaded rows are selected: that range holds more than 10,000 deliveries, the most a bulk action takes.',
    );
    expect(selectedCount(currentSelection(store.getState().inbox))).toBe(store.getState().inbox.rows.length);
  });

  it('is cleared by a new search: a selection made under another one would act on rows no longer shown', async () => {
    const { store } = await storeWith(10);
    store.getState().inbox.clickRow({ id: 10, index: 0, range: false, toggle: false });
    store.getState().inbox.clickRow({ id: 8, index: 2, range: true, toggle: false });
    expect(store.getState().inbox.selectionFilling).toBe(false);
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

  it('a window arriving mid-way leaves the cursor on its row, not on the open one, so Shift+↓ goes on from there', async () => {
    const { store } = await storeWith(10);
    store.getState().inbox.clickRow({ id: 10, index: 0, range: false, toggle: false });
    store.getState().inbox.extendSelectionBy(1);
    store.getState().inbox.extendSelectionBy(1);
    // A page asked for by a scroll (or after a notice) lands between two presses; then a new delivery arrives on top.
    await store.getState().inbox.refetchWindow();
    expect(store.getState().inbox.cursorIndex).toBe(2);
    store.getState().inbox.prependRows([row(11)], 11);
    expect(store.getState().inbox.cursorIndex).toBe(3);
    store.getState().inbox.extendSelectionBy(1);
    expect(ids(currentSelection(store.getState().inbox))).toEqual([7, 8, 9, 10]);
  });

  it('deletes a query selection by asking the core to resolve it, and gives the ids for Undo', async () => {
    const { store, calls } = await storeWith(10);
    store.getState().inbox.selectAllMatching();
    expect(await store.getState().bulk.deleteSelection()).toEqual([7, 6, 5]);
    expect(calls).toEqual([['resolveSelection', { search: '' }], ['deleteDeliveries', [7, 6, 5]]]);
    expect(hasSelection(currentSelection(store.getState().inbox))).toBe(false);
  });
});
