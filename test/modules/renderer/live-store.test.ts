import { describe, expect, it } from 'vitest';
import type { DeliveriesChanged } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { fakeClient } from '../../support/fake-client';

function detailOf(id: number): DeliveryDetail {
  return {
    id, origin: 'captured', parentId: null, receivedAt: 1_700_000_000_000, method: 'POST', url: '/hook',
    provider: 'gitlab', event: 'Push Hook', status: 200, errorKind: null, durationMs: 3, requestSize: 2,
    overLimit: false, tokenCheck: 'not-configured', signatureCheck: 'not-configured', httpVersion: '1.1',
    remoteAddress: '127.0.0.1', requestHeaders: [['Content-Type', 'application/json']], responseHeaders: [],
    responseSize: 0, errorMessage: null, tokenReason: null, signatureReason: null,
  };
}

/** A core holding the given ids; counts how often the open delivery is fetched. */
function fakeCore(ids: Set<number>) {
  const calls = { getDelivery: 0 };
  const client = fakeClient({
    getDelivery: async (id: number) => {
      calls.getDelivery += 1;
      return ids.has(id) ? detailOf(id) : null;
    },
    listDeliveries: async () => ({ rows: [], total: 0 }),
  });
  return { client, calls };
}

const counts = { total: 0, failures: 0, internalErrors: 0 };
const change = (ids: number[], removed = false, more = false): DeliveriesChanged => ({ rows: [], ids, more, removed, counts });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('live updates and the open delivery', () => {
  it('keeps the open detail object while other hooks arrive and prune, and clears it once it is pruned', async () => {
    const stored = new Set([5, 6]);
    const { client, calls } = fakeCore(stored);
    const store = createAppStore(client);
    store.getState().detail.open(5);
    await settle();
    const opened = store.getState().detail.delivery;
    expect(opened?.id).toBe(5);

    store.getState().inbox.handleDeliveriesChanged(change([7]));
    await settle();
    expect(calls.getDelivery).toBe(1); // another delivery: nothing to reload

    stored.add(8);
    stored.delete(6);
    store.getState().inbox.handleDeliveriesChanged(change([8], true));
    await settle();
    expect(store.getState().detail.delivery).toBe(opened); // same object: the body is not fetched again

    stored.delete(5);
    store.getState().inbox.handleDeliveriesChanged(change([9], true));
    await settle();
    expect(store.getState().detail).toMatchObject({ selectedId: null, delivery: null, detailStatus: 'gone' });
  });

  it('shows what the last load read when answers come back out of order: a forward\'s capture does not stay pending', async () => {
    // The first load reads the capture pending and answers late; the reload its answer brought answers first.
    const answers: Array<(detail: DeliveryDetail) => void> = [];
    const client = fakeClient({
      getDelivery: () => new Promise<DeliveryDetail>((resolve) => answers.push(resolve)),
      listDeliveries: async () => ({ rows: [], total: 0 }),
    });
    const store = createAppStore(client);
    store.getState().detail.open(5);
    store.getState().inbox.handleDeliveriesChanged(change([5]));
    expect(answers).toHaveLength(2);
    answers[1](detailOf(5));
    await settle();
    answers[0]({ ...detailOf(5), status: null });
    await settle();
    expect(store.getState().detail.delivery?.status).toBe(200);
  });

  it('counts deliveries new while paused once each, not updates to older ones', () => {
    const store = createAppStore(fakeCore(new Set()).client);
    store.getState().inbox.prependRows([detailOf(10)], 1);
    store.getState().inbox.setLivePaused(true);
    store.getState().inbox.handleDeliveriesChanged(change([12, 11]));
    store.getState().inbox.handleDeliveriesChanged(change([11, 10, 13], false, true));
    expect(store.getState().inbox).toMatchObject({ newWhilePausedCount: 3, newWhilePausedCapped: true });
    store.getState().inbox.setLivePaused(false);
    expect(store.getState().inbox.newWhilePausedCount).toBe(0);
  });
});
