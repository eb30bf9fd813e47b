/** "Pause live view" freezes the list, even against a page that was on its way when the pause came. */
import { describe, expect, it } from 'vitest';
import type { DeliveryQuery } from '@shared/contract';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { deliveryRow } from '../../support/delivery-rows';
import { fakeClient } from '../../support/fake-client';

/** A core holding ids 1..stored.count whose list answers wait until `release()`, as a busy reader thread's do. */
function slowCore(stored: { count: number }) {
  const waiting: Array<() => void> = [];
  const queries: DeliveryQuery[] = [];
  const client = fakeClient({
    listDeliveries: (query: DeliveryQuery) => {
      queries.push(query);
      return new Promise((resolve) =>
        waiting.push(() => {
          const ids = Array.from({ length: stored.count }, (_, i) => stored.count - i).slice(query.offset, query.offset + query.limit);
          resolve({ rows: ids.map(deliveryRow), total: stored.count });
        }),
      );
    },
  });
  const release = async () => {
    for (const answer of waiting.splice(0)) answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { client, queries, release };
}

describe('the paused list', () => {
  it('does not show a page asked for before the pause that answers after it, with what came since', async () => {
    const stored = { count: 1 };
    const { client, release } = slowCore(stored);
    const store = createAppStore(client);
    const first = store.getState().inbox.refetchWindow();
    await release();
    await first;
    expect(store.getState().inbox.rows.map((row) => row.id)).toEqual([1]);

    const live = store.getState().inbox.refetchWindow();
    store.getState().inbox.setLivePaused(true);
    stored.count = 3;
    await release();
    await live;
    expect(store.getState().inbox.rows.map((row) => row.id)).toEqual([1]);
  });

  it('still shows a search typed while paused, even with a page from before the pause on its way', async () => {
    const stored = { count: 3 };
    const { client, queries, release } = slowCore(stored);
    const store = createAppStore(client);
    const live = store.getState().inbox.refetchWindow();
    store.getState().inbox.setLivePaused(true);
    store.getState().inbox.setSearch('hook');
    await release();
    await release();
    await live;
    expect(queries.at(-1)?.search).toBe('hook');
    expect(store.getState().inbox.rows).toHaveLength(3);
  });
});
