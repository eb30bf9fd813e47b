/**
 * Saved samples, the headers preview and the first-run sample as the renderer's store drives them, against a
 * real core (its sample folder on disk, its receiver on 127.0.0.1) called the way the faces call it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContractArgs, ContractMethod, HookbenchBridge } from '@shared/contract';
import { headerValue } from '@shared/headers';
import type { AppCore } from '../../../src/main/core/app-core';
import { dispatchContractCall } from '../../../src/main/faces/contract-dispatch';
import { createClient } from '../../../src/renderer/src/api/client';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { connectToCore } from '../../../src/renderer/src/store/connect-to-core';
import { groupSamplesByEvent } from '../../../src/renderer/src/features/samples/group-samples';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

/** Calls cross a boundary in the app: arguments and outcomes go through JSON and the faces' dispatcher here too. */
function bridgeTo(core: AppCore): HookbenchBridge {
  return {
    call: async <M extends ContractMethod>(method: M, ...args: ContractArgs<M>) =>
      JSON.parse(JSON.stringify(await dispatchContractCall(core.handlers, method, JSON.parse(JSON.stringify(args))))),
    on: (listener) => core.subscribe(listener),
  };
}

async function storeOnCore(bridgeOf = bridgeTo) {
  const { core } = await startCore(tempDir());
  const store = createAppStore(createClient(bridgeOf(core)));
  return { core, store };
}

/** The first preview's answer is held back until the next one has come, as a slow answer can be. */
function previewsOutOfOrder(core: AppCore): HookbenchBridge {
  const bridge = bridgeTo(core);
  let release: (() => void) | null = null;
  let previews = 0;
  return {
    ...bridge,
    call: async (method, ...args) => {
      if (method !== 'previewSampleHeaders') return bridge.call(method, ...args);
      previews += 1;
      if (previews === 2) {
        const held = new Promise<void>((resolve) => (release = resolve));
        const answer = await bridge.call(method, ...args);
        await held;
        return answer;
      }
      const answer = await bridge.call(method, ...args);
      release?.();
      return answer;
    },
  } as HookbenchBridge;
}

describe('saving Compose as a sample', () => {
  it('writes event, variant, custom headers and the parsed payload, and then names the sample Compose holds', async () => {
    const { core, store } = await storeOnCore();
    await store.getState().compose.generateComposeSample('merge-request', 'merge');
    store.getState().compose.addCustomHeader('X-Team', 'hooks');
    await store.getState().samples.saveComposeAsSample('  MR merged  ');

    expect(store.getState().samples.sampleSave).toEqual({ status: 'saved', file: 'mr-merged.json' });
    expect(store.getState().compose.openedSample).toEqual({ file: 'mr-merged.json', name: 'MR merged' });
    const saved = await core.handlers.readSavedSample('mr-merged.json');
    expect(saved).toMatchObject({ name: 'MR merged', event: 'Merge Request Hook', variant: 'merge', headers: [['X-Team', 'hooks']] });
    expect(saved.payload).toEqual(JSON.parse(store.getState().compose.draft.payload));
  });

  it('offers to overwrite an existing file, and overwrites only when asked', async () => {
    const { core, store } = await storeOnCore();
    store.getState().compose.editCompose({ event: 'Push Hook', payload: '{"object_kind":"push","ref":"refs/heads/main"}' });
    await store.getState().samples.saveComposeAsSample('Push');
    store.getState().compose.editCompose({ payload: '{"object_kind":"push","ref":"refs/heads/dev"}' });
    await store.getState().samples.saveComposeAsSample('Push');
    expect(store.getState().samples.sampleSave).toMatchObject({ status: 'exists', message: expect.stringMatching(/push\.json already exists/) });
    expect((await core.handlers.readSavedSample('push.json')).payload).toMatchObject({ ref: 'refs/heads/main' });

    await store.getState().samples.saveComposeAsSample('Push', true);
    expect(store.getState().samples.sampleSave).toEqual({ status: 'saved', file: 'push.json' });
    expect((await core.handlers.readSavedSample('push.json')).payload).toMatchObject({ ref: 'refs/heads/dev' });
  });

  it('refuses a payload that is not JSON or a missing name, in words, without writing', async () => {
    const { core, store } = await storeOnCore();
    store.getState().compose.editCompose({ payload: '{"object_kind": ' });
    await store.getState().samples.saveComposeAsSample('Broken');
    expect(store.getState().samples.sampleSave).toMatchObject({ status: 'failed', message: expect.stringContaining('not valid JSON') });
    store.getState().compose.editCompose({ payload: '{}' });
    await store.getState().samples.saveComposeAsSample('   ');
    expect(store.getState().samples.sampleSave).toMatchObject({ status: 'failed', message: expect.stringContaining('Give the sample a name') });
    expect((await core.handlers.listSavedSamples()).entries).toEqual([]);
  });
});

describe('the Samples list', () => {
  it('follows files changed on disk, and opens one into Compose with its event, variant, headers and payload', async () => {
    const { core, store } = await storeOnCore();
    const unsubscribe = connectToCore(store, bridgeTo(core));
    try {
      await store.getState().samples.loadSavedSamples();
      const { folder } = store.getState().samples.savedSamples!;
      const sample = { name: 'Tag v1', event: 'Tag Push Hook', variant: 'create', headers: [['X-Env', 'ci']], payload: { object_kind: 'tag_push' } };
      writeFileSync(join(folder, 'tag-v1.json'), JSON.stringify(sample));
      writeFileSync(join(folder, 'broken.json'), '{ not json');
      await expect.poll(() => store.getState().samples.savedSamples?.entries.length, { timeout: 5_000 }).toBe(2);

      const groups = groupSamplesByEvent(store.getState().samples.savedSamples!.entries);
      expect(groups.map((group) => group.event)).toEqual(['Tag Push Hook', null]);
      expect(groups[0].entries[0]).toMatchObject({ name: 'Tag v1', variant: 'create', problem: null });
      expect(groups[1].entries[0].problem).toMatch(/^Not valid JSON/);

      store.getState().compose.addCustomHeader('X-Old', 'gone');
      await store.getState().samples.openSavedSample('tag-v1.json');
      const state = store.getState();
      expect(state.shell.screen).toBe('compose');
      expect(state.compose.openedSample).toEqual({ file: 'tag-v1.json', name: 'Tag v1' });
      expect(state.compose.draft).toMatchObject({ event: 'Tag Push Hook', variantId: 'create', payload: '{\n  "object_kind": "tag_push"\n}\n' });
      expect(state.compose.draft.headers.map(({ name, value }) => [name, value])).toEqual([['X-Env', 'ci']]);

      // A freshly generated payload is no longer the saved sample.
      await store.getState().compose.generateComposeSample();
      expect(store.getState().compose.openedSample).toBeNull();
    } finally {
      unsubscribe();
    }
  });
});

describe('the headers preview', () => {
  it('shows what the send would carry, an edited GitLab header once, and keeps only the newest answer', async () => {
    const { store } = await storeOnCore(previewsOutOfOrder);
    store.getState().compose.editCompose({ event: 'Job Hook', payload: '{}', target: '', secretToken: 'token-that-is-quite-long' });
    await store.getState().compose.refreshHeadersPreview();
    const preview = store.getState().compose.headersPreview!;
    expect(headerValue(preview, 'X-Gitlab-Event')).toBe('Job Hook');
    expect(headerValue(preview, 'X-Gitlab-Token')).toBe('••••••long');

    store.getState().compose.overrideHeader('X-Gitlab-Event', 'Job Hook');
    store.getState().compose.overrideHeader('x-gitlab-event', 'again');
    expect(store.getState().compose.draft.headers).toHaveLength(1);
    const [row] = store.getState().compose.draft.headers;
    store.getState().compose.editCustomHeader(row.key, { value: 'Pipeline Hook' });

    // The older (valid) preview answers after the newer one (a bad URL): the newer one's answer stands.
    const older = store.getState().compose.refreshHeadersPreview();
    store.getState().compose.editCompose({ target: 'not a url' });
    const newer = store.getState().compose.refreshHeadersPreview();
    await Promise.all([older, newer]);
    expect(store.getState().compose.headersPreviewError).toMatch(/not a URL/);
    expect(headerValue(store.getState().compose.headersPreview!, 'X-Gitlab-Event')).toBe('Job Hook');

    store.getState().compose.editCompose({ target: 'http://127.0.0.1:9/hook' });
    await store.getState().compose.refreshHeadersPreview();
    const edited = store.getState().compose.headersPreview!;
    expect(store.getState().compose.headersPreviewError).toBeNull();
    expect(edited.filter(([name]) => name.toLowerCase() === 'x-gitlab-event')).toEqual([['X-Gitlab-Event', 'Pipeline Hook']]);
  });
});

describe('the first-run sample', () => {
  it("sends a generated Push Hook to the receiver's own URL, so the first rows appear", async () => {
    const { core, store } = await storeOnCore();
    await store.getState().connection.loadCoreState();
    await store.getState().inbox.sendFirstSample();
    expect(store.getState().inbox.firstSampleError).toBeNull();
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(rows.map((row) => [row.origin, row.event, row.status])).toEqual(
      expect.arrayContaining([['captured', 'Push Hook', 200], ['sample', 'Push Hook', 200]]),
    );
  });

  it('does nothing while the receiver is not listening', async () => {
    const { core, store } = await storeOnCore();
    store.getState().connection.setReceiver({ status: 'error', host: '127.0.0.1', port: 1, url: null, exposed: false, message: 'in use' });
    await store.getState().inbox.sendFirstSample();
    expect((await core.handlers.getCounts()).total).toBe(0);
  });
});
