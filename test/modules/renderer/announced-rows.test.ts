import { describe, expect, it } from 'vitest';
import type { ContractClient, DeliveriesChanged, DeliveryQuery } from '@shared/contract';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { deliveryRow } from '../../support/delivery-rows';

/** A core holding ids 1..stored; records each list query. */
function fakeCore(stored: { count: number }) {
  const queries: DeliveryQuery[] = [];
  const client = {
    listDeliveries: async (query: DeliveryQuery) => {
      queries.push(query);
      const ids = Array.from({ length: stored.count }, (_, i) => stored.count - i).slice(query.offset, query.offset + query.limit);
      return { rows: ids.map(deliveryRow), total: stored.count };
    },
  } as unknown as ContractClient;
  return { client, queries };
}

function announced(ids: number[], total: number): DeliveriesChanged {
  return { rows: ids.map(deliveryRow), ids, more: false, removed: false, counts: { total, failures: 0, internalErrors: 0 } };
}

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deliveries announced with their rows', () => {
  it('go on top of a list showing its top without a fetch, and set its length', async () => {
    const stored = { count: 3 };
    const { client, queries } = fakeCore(stored);
    const store = createAppStore(client);
    await store.getState().inbox.refetchWindow();
    expect(queries).toHaveLength(1);

    stored.count = 5;
    store.getState().inbox.handleDeliveriesChanged(announced([5, 4], 5));
    await settle(80);
    expect(queries).toHaveLength(1);
    expect(store.getState().inbox.rows.map((row) => row.id)).toEqual([5, 4, 3, 2, 1]);
    expect(store.getState().inbox.total).toBe(5);
    expect(store.getState().connection.counts.total).toBe(5);
  });

  it('change a row already shown in place (a forward answered), beside new ones on top, without a fetch', async () => {
    const stored = { count: 3 };
    const { client, queries } = fakeCore(stored);
    const store = createAppStore(client);
    await store.getState().inbox.refetchWindow();

    stored.count = 4;
    const answered = { ...deliveryRow(2), status: 502, errorKind: 'refused' as const };
    store.getState().inbox.handleDeliveriesChanged({ ...announced([4], 4), rows: [deliveryRow(4), answered], ids: [4, 2] });
    await settle(80);
    expect(queries).toHaveLength(1);
    expect(store.getState().inbox.rows.map((row) => [row.id, row.status, row.errorKind])).toEqual([
      [4, 200, null],
      [3, 200, null],
      [2, 502, 'refused'],
      [1, 200, null],
    ]);
  });

  it('are never dropped by a page that was asked for before they came', async () => {
    const stored = { count: 1 };
    const { client } = fakeCore(stored);
    const store = createAppStore(client);
    await store.getState().inbox.refetchWindow();

    // A page asked for now answers from the folder as it was (1 row), after a second delivery is announced.
    const slow = client.listDeliveries;
    let release = () => {};
    (client as { listDeliveries: unknown }).listDeliveries = async (query: DeliveryQuery) => {
      const stale = await slow(query);
      await new Promise<void>((resolve) => (release = resolve));
      return stale;
    };
    const refetch = store.getState().inbox.refetchWindow();
    await settle();
    stored.count = 2;
    store.getState().inbox.handleDeliveriesChanged(announced([2], 2));
    (client as { listDeliveries: unknown }).listDeliveries = slow;
    release();
    await refetch;
    expect(store.getState().inbox.rows.map((row) => row.id)).toEqual([2, 1]);
    expect(store.getState().inbox.total).toBe(2);
  });

  it('make a list scrolled down or filtered fetch its window instead, at once when quiet', async () => {
    const stored = { count: 300 };
    const { client, queries } = fakeCore(stored);
    const store = createAppStore(client);
    store.getState().inbox.showRange(150, 190);
    await settle();
    const before = queries.length;

    stored.count = 301;
    store.getState().inbox.handleDeliveriesChanged(announced([301], 301));
    await settle(20);
    expect(queries.length).toBe(before + 1);
    expect(store.getState().inbox.total).toBe(301);
    expect(store.getState().inbox.rowAt(150)?.id).toBe(151);

    store.getState().inbox.showRange(0, 40);
    store.getState().inbox.setSearch('hook');
    await settle();
    const filtered = queries.length;
    store.getState().inbox.handleDeliveriesChanged(announced([302], 302));
    await settle(80);
    expect(queries.length).toBe(filtered + 1);
    expect(queries.at(-1)?.search).toBe('hook');
  });
});
