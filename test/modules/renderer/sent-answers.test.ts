import { describe, expect, it } from 'vitest';
import type { DeliveryDetail } from '@shared/delivery';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { fakeClient } from '../../support/fake-client';

const stored = (id: number, origin: DeliveryDetail['origin']): DeliveryDetail => ({
  id, origin, parentId: null, receivedAt: 1_700_000_000_000, method: 'POST', url: 'http://127.0.0.1:9/hook',
  provider: 'gitlab', event: 'Push Hook', status: 202, errorKind: null, durationMs: 3, requestSize: 2, overLimit: false,
  tokenCheck: 'not-configured', signatureCheck: 'not-configured', httpVersion: '1.1', remoteAddress: null,
  requestHeaders: [['Content-Type', 'application/json']], responseHeaders: [['Content-Length', '0']], responseSize: 0,
  errorMessage: null, tokenReason: null, signatureReason: null,
});

/**
 * A core that only sends: it was not given getDelivery, so a refetch after a send would fail the call it is
 * part of, and the store would show an error instead of the answer.
 */
const sendingCore = () =>
  fakeClient({
    sendSample: async () => stored(7, 'sample'),
    replayDelivery: async (request) => ({ ...stored(8, 'replay'), parentId: request.id }),
    sendTrigger: async () => ({ delivery: stored(9, 'trigger'), explanation: { ok: true, summary: 'Pipeline #1 created.', detail: null, link: null } }),
  });

describe('a send shows its answer from the one call that made it', () => {
  it('shows what Compose sent without fetching it again', async () => {
    const store = createAppStore(sendingCore());
    store.getState().compose.editCompose({ target: 'http://127.0.0.1:9/hook', payload: '{}' });
    await store.getState().compose.sendCompose();
    expect(store.getState().compose).toMatchObject({ composeError: null, lastSent: stored(7, 'sample') });
  });

  it('opens a replay in the detail pane as the core stored it', async () => {
    const store = createAppStore(sendingCore());
    await store.getState().detail.replay(stored(7, 'sample'));
    expect(store.getState().detail).toMatchObject({ actionError: null, selectedId: 8, detailStatus: 'ready', delivery: { id: 8, parentId: 7 } });
  });

  it('shows a trigger call with its explanation', async () => {
    const store = createAppStore(sendingCore());
    store.getState().triggers.newTriggerPreset('gitlab-trigger');
    await store.getState().triggers.sendTriggerDraft();
    expect(store.getState().triggers).toMatchObject({ triggerError: null, triggerResult: { detail: { id: 9, origin: 'trigger' } } });
  });
});
