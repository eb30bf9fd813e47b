import { describe, expect, it } from 'vitest';
import type { ReplayRequest, SampleRequest, SendSampleRequest } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { fakeClient } from '../../support/fake-client';
import { staleTimestampWarning } from '../../../src/renderer/src/store/stale-timestamp';
import { defaultSampleContextDraft, sampleContextFrom } from '../../../src/renderer/src/store/sample-context-draft';

const sent: DeliveryDetail = {
  id: 7, origin: 'sample', parentId: null, receivedAt: 1_700_000_000_000, method: 'POST', url: 'http://127.0.0.1:9/hook',
  provider: 'gitlab', event: 'Push Hook', status: 202, errorKind: null, durationMs: 3, requestSize: 2, overLimit: false,
  tokenCheck: 'not-configured', signatureCheck: 'not-configured', httpVersion: '1.1', remoteAddress: null,
  requestHeaders: [['X-Gitlab-Token', 'from-the-wire']], responseHeaders: [], responseSize: 0, errorMessage: null, tokenReason: null, signatureReason: null,
};

/** A core that records what Compose and the delivery actions ask of it. */
function recordingCore() {
  const calls: { generate: SampleRequest[]; send: SendSampleRequest[]; replay: ReplayRequest[] } = { generate: [], send: [], replay: [] };
  const client = fakeClient({
    generateSample: async (request: SampleRequest) => {
      calls.generate.push(request);
      return { header: 'Merge Request Hook', payload: '{"object_kind":"merge_request"}\n' };
    },
    sendSample: async (request: SendSampleRequest) => {
      calls.send.push(request);
      return sent;
    },
    replayDelivery: async (request: ReplayRequest) => {
      calls.replay.push(request);
      return { ...sent, id: 8, origin: 'replay', parentId: request.id };
    },
    getDelivery: async (id: number) => ({ ...sent, id }),
    getBodyBytes: async () => ({ size: 14, offset: 0, bytes: new TextEncoder().encode('{"ref":"main"}') }),
  });
  return { client, calls };
}

describe('sample context card', () => {
  it('turns the typed context into numbers, and the instance URL when the GitLab URL is left blank', () => {
    expect(sampleContextFrom({ ...defaultSampleContextDraft, commitCount: ' 25 ' }, 'https://gitlab.corp')).toEqual({
      context: expect.objectContaining({ gitlabUrl: 'https://gitlab.corp', projectId: 15, commitCount: 25 }),
    });
  });

  it('refuses counts and ids that are not whole numbers from 1, field by field', () => {
    expect(sampleContextFrom({ ...defaultSampleContextDraft, projectId: 'x', commitCount: '0' }, '')).toEqual({
      errors: { projectId: 'Enter a whole number from 1.', commitCount: 'Enter a whole number from 1.' },
    });
  });
});

describe('compose and delivery actions in the store', () => {
  it('generates with the context, sends the payload with named custom headers, and keeps the answer', async () => {
    const { client, calls } = recordingCore();
    const store = createAppStore(client);
    await store.getState().compose.generateComposeSample('merge-request', 'merge');
    expect(calls.generate[0]).toMatchObject({ event: 'merge-request', variant: 'merge', context: { projectId: 15 } });
    expect(store.getState().compose.draft).toMatchObject({ event: 'Merge Request Hook', variantId: 'merge' });

    const state = store.getState();
    state.compose.editCompose({ target: ' http://127.0.0.1:9/hook ', secretToken: 's3cret' });
    state.compose.addCustomHeader();
    state.compose.addCustomHeader();
    const [named, blank] = store.getState().compose.draft.headers;
    state.compose.editCustomHeader(named.key, { name: 'X-Team', value: 'hooks' });
    state.compose.editCustomHeader(blank.key, { value: 'no name yet' });
    const { ids } = store.getState().compose.draft;
    await state.compose.sendCompose();
    expect(calls.send).toEqual([
      {
        to: 'http://127.0.0.1:9/hook', event: 'Merge Request Hook', payload: '{"object_kind":"merge_request"}\n',
        serialization: 'gitlab', ids, gitlabUrl: 'https://gitlab.example.com',
        secretToken: 's3cret', signingToken: null, headers: [['X-Team', 'hooks']], verifyTls: true,
      },
    ]);
    expect(store.getState().compose.lastSent?.id).toBe(7);
    expect(store.getState().compose.recentTargets[0]).toBe('http://127.0.0.1:9/hook');
  });

  it('asks for a target rather than sending without one', async () => {
    const { client, calls } = recordingCore();
    const store = createAppStore(client);
    store.getState().compose.editCompose({ target: '  ' });
    await store.getState().compose.sendCompose();
    expect(calls.send).toEqual([]);
    expect(store.getState().compose.composeError).toMatch(/^Enter the URL to send to/);
  });

  it('replays a sent delivery to its own target, and opens the prompt for a captured one with nowhere to go', async () => {
    const { client, calls } = recordingCore();
    const store = createAppStore(client);
    await store.getState().detail.replay(sent);
    expect(calls.replay).toEqual([{ id: 7, to: undefined, keepIdempotencyKey: true, signingToken: null, verifyTls: true }]);
    expect(store.getState().detail.selectedId).toBe(8);

    await store.getState().detail.replay({ ...sent, origin: 'captured', url: '/hook' });
    expect(calls.replay).toHaveLength(1);
    expect(store.getState().detail.replayPromptOpen).toBe(true);
  });

  it('opens Compose with what the delivery sent: its event, body text, target and token', async () => {
    const { client } = recordingCore();
    const store = createAppStore(client);
    await store.getState().detail.editAndResend(sent);
    expect(store.getState().shell.screen).toBe('compose');
    expect(store.getState().compose.draft).toMatchObject({
      event: 'Push Hook', variantId: null, payload: '{"ref":"main"}', target: 'http://127.0.0.1:9/hook', secretToken: 'from-the-wire',
      serialization: 'as-typed', resendOf: { id: 7, method: 'POST' }, bodyIsBinary: false,
    });
  });

  it('keeps the ids the preview shows while the payload is edited, and makes new ones on Regenerate or New ids', async () => {
    const { client, calls } = recordingCore();
    const store = createAppStore(client);
    await store.getState().compose.generateComposeSample('merge-request', 'merge');
    const { ids } = store.getState().compose.draft;
    store.getState().compose.editCompose({ payload: '{"object_kind":"merge_request","x":1}' });
    expect(store.getState().compose.draft.ids).toBe(ids);
    store.getState().compose.newComposeIds();
    const fresh = store.getState().compose.draft.ids;
    expect(fresh.idempotencyKey).not.toBe(ids.idempotencyKey);
    await store.getState().compose.generateComposeSample();
    expect(store.getState().compose.draft.ids.idempotencyKey).not.toBe(fresh.idempotencyKey);

    // X-Gitlab-Instance follows the sample context's GitLab URL.
    store.getState().compose.editSampleContext({ gitlabUrl: 'https://gitlab.acme.test' });
    store.getState().compose.editCompose({ target: 'http://127.0.0.1:9/hook' });
    await store.getState().compose.sendCompose();
    expect(calls.send[0].gitlabUrl).toBe('https://gitlab.acme.test');
  });

  it('edits a captured delivery with its own method, path, headers and ids, and a body that is not text as hex', async () => {
    const { client, calls } = recordingCore();
    (client as { getBodyBytes: unknown }).getBodyBytes = async () => ({ size: 3, offset: 0, bytes: new Uint8Array([0x00, 0xff, 0x80]) });
    const store = createAppStore(client);
    store.getState().detail.setReplayTarget('http://127.0.0.1:9');
    const captured: DeliveryDetail = {
      ...sent, origin: 'captured', method: 'PUT', url: '/hooks/in?x=1',
      requestHeaders: [
        ['Host', '127.0.0.1:8000'], ['User-Agent', 'GitLab/17.4.0'], ['Idempotency-Key', 'idem-1'], ['Content-Length', '3'],
        ['X-Gitlab-Token', 'tok'], ['Content-Type', 'application/octet-stream'],
      ],
    };
    // What is resent is the delivery as stored (revealed), which the core answers here.
    (client as { getDelivery: unknown }).getDelivery = async () => captured;
    await store.getState().detail.editAndResend(captured);
    const compose = store.getState().compose.draft;
    expect(compose).toMatchObject({
      target: 'http://127.0.0.1:9/hooks/in?x=1', payload: '00 ff 80', bodyIsBinary: true, secretToken: 'tok',
      resendOf: { id: 7, method: 'PUT' },
    });
    expect(compose.headers.map((row) => [row.name, row.value])).toEqual([
      ['User-Agent', 'GitLab/17.4.0'], ['Idempotency-Key', 'idem-1'], ['Content-Type', 'application/octet-stream'],
    ]);
    await store.getState().compose.sendCompose();
    expect(calls.send[0]).toMatchObject({ payload: null, resendOf: { id: 7, method: 'PUT' }, secretToken: 'tok' });

    store.getState().compose.newComposeIds();
    const rows = store.getState().compose.draft.headers.map((row) => [row.name, row.value]);
    expect(rows[0]).toEqual(['User-Agent', 'GitLab/17.4.0']);
    expect(rows[1][1]).toMatch(/^[0-9a-f-]{36}$/);

    // Picking an event starts from a sample again: GitLab's headers, not the delivery's.
    await store.getState().compose.generateComposeSample('merge-request', 'merge');
    expect(store.getState().compose.draft).toMatchObject({ resendOf: null, bodyIsBinary: false, serialization: 'gitlab', headers: [] });
  });

  it('warns once a signed sample\'s kept webhook-timestamp is older than receivers accept (5 minutes)', () => {
    const now = 1_700_000_000_000;
    expect(staleTimestampWarning(now / 1000 - 300, now)).toBeNull();
    expect(staleTimestampWarning(now / 1000 - 301, now)).toMatch(/^webhook-timestamp is 5 minutes old: .* New ids makes a fresh one\.$/);
    expect(staleTimestampWarning(null, now)).toBeNull();
  });
});
