import { describe, expect, it } from 'vitest';
import type { ContractClient, ReplayRequest, SampleRequest, SendSampleRequest } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
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
  const client = {
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
  } as unknown as ContractClient;
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
    await store.getState().generateComposeSample('merge-request', 'merge');
    expect(calls.generate[0]).toMatchObject({ event: 'merge-request', variant: 'merge', context: { projectId: 15 } });
    expect(store.getState().compose).toMatchObject({ event: 'Merge Request Hook', variantId: 'merge' });

    const state = store.getState();
    state.editCompose({ target: ' http://127.0.0.1:9/hook ', secretToken: 's3cret' });
    state.addCustomHeader();
    state.addCustomHeader();
    const [named, blank] = store.getState().compose.headers;
    state.editCustomHeader(named.key, { name: 'X-Team', value: 'hooks' });
    state.editCustomHeader(blank.key, { value: 'no name yet' });
    await state.sendCompose();
    expect(calls.send).toEqual([
      {
        to: 'http://127.0.0.1:9/hook', event: 'Merge Request Hook', payload: '{"object_kind":"merge_request"}\n',
        secretToken: 's3cret', signingToken: null, headers: [['X-Team', 'hooks']], verifyTls: true,
      },
    ]);
    expect(store.getState().lastSent?.id).toBe(7);
    expect(store.getState().recentTargets[0]).toBe('http://127.0.0.1:9/hook');
  });

  it('asks for a target rather than sending without one', async () => {
    const { client, calls } = recordingCore();
    const store = createAppStore(client);
    store.getState().editCompose({ target: '  ' });
    await store.getState().sendCompose();
    expect(calls.send).toEqual([]);
    expect(store.getState().composeError).toMatch(/^Enter the URL to send to/);
  });

  it('replays a sent delivery to its own target, and opens the prompt for a captured one with nowhere to go', async () => {
    const { client, calls } = recordingCore();
    const store = createAppStore(client);
    await store.getState().replay(sent);
    expect(calls.replay).toEqual([{ id: 7, to: undefined, keepIdempotencyKey: true, signingToken: null, verifyTls: true }]);
    expect(store.getState().selectedId).toBe(8);

    await store.getState().replay({ ...sent, origin: 'captured', url: '/hook' });
    expect(calls.replay).toHaveLength(1);
    expect(store.getState().replayPromptOpen).toBe(true);
  });

  it('opens Compose with what the delivery sent: its event, body text, target and token', async () => {
    const { client } = recordingCore();
    const store = createAppStore(client);
    await store.getState().editAndResend(sent);
    expect(store.getState().screen).toBe('compose');
    expect(store.getState().compose).toMatchObject({
      event: 'Push Hook', variantId: null, payload: '{"ref":"main"}', target: 'http://127.0.0.1:9/hook', secretToken: 'from-the-wire',
    });
  });
});
