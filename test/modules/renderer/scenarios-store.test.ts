/**
 * The Scenarios screen's state as the renderer's store drives it, against a real core (its samples folder on
 * disk) and a receiver on 127.0.0.1, called the way the faces call it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContractArgs, ContractMethod, HookbenchBridge } from '@shared/contract';
import type { AppCore } from '../../../src/main/core/app-core';
import { dispatchContractCall } from '../../../src/main/faces/contract-dispatch';
import { createClient } from '../../../src/renderer/src/api/client';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { useCores } from '../../support/core-harness';
import { startReceiver, type LocalServer } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const receivers: LocalServer[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

function bridgeTo(core: AppCore): HookbenchBridge {
  return {
    call: async <M extends ContractMethod>(method: M, ...args: ContractArgs<M>) =>
      JSON.parse(JSON.stringify(await dispatchContractCall(core.handlers, method, JSON.parse(JSON.stringify(args))))),
    on: (listener) => core.subscribe(listener),
  };
}

/** A core whose samples folder holds one scenario with these steps, its store, and a receiver answering 200. */
async function storeWithScenario(steps: unknown[]) {
  const { core } = await startCore(tempDir());
  const folder = join((await core.handlers.listSavedSamples()).folder, 'scenarios');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'mine.json'), JSON.stringify({ name: 'Mine', description: '', steps }));
  const receiver = await startReceiver({ status: 200 });
  receivers.push(receiver);
  const store = createAppStore(createClient(bridgeTo(core)));
  await store.getState().scenarios.loadScenarios();
  await store.getState().scenarios.chooseScenario('mine.json');
  store.getState().scenarios.setTarget(receiver.url);
  return { store, receiver };
}

const bodies = (receiver: LocalServer) => receiver.seen.map((request) => JSON.parse(request.body.toString()));

describe('the scenarios store', () => {
  it("plays all steps of the told story in order, waiting each step's delay, and then has nothing left to play", async () => {
    const { store, receiver } = await storeWithScenario([
      { event: 'push', branch: 'default' },
      { event: 'pipeline', variant: 'pending', delaySeconds: 0 },
      { event: 'pipeline', variant: 'success', delaySeconds: 1 },
    ]);
    const story = store.getState().scenarios.story!;
    expect(story.steps.map((step) => step.title)).toEqual(['Push to the default branch', 'Pipeline pending', 'Pipeline success']);
    const started = performance.now();
    await store.getState().scenarios.playAll();
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    const { played, nextStep, playing } = store.getState().scenarios;
    expect([nextStep, playing]).toEqual([4, false]);
    expect(Object.values(played).map((step) => [step.step, step.status, step.gitlab])).toEqual([[1, 200, 'success'], [2, 200, 'success'], [3, 200, 'success']]);
    const [push, pending, success] = bodies(receiver);
    expect(pending.object_attributes.sha).toBe(push.after);
    expect(success.object_attributes.id).toBe(pending.object_attributes.id);
    // The payloads shown are the ones sent.
    expect(JSON.parse(story.steps[2].payload)).toEqual(success);
    await store.getState().scenarios.playNextStep();
    expect(receiver.seen).toHaveLength(3);
  });

  it('stops a Play all during a delay, and a new story starts again from step 1 with another seed', async () => {
    const { store, receiver } = await storeWithScenario([
      { event: 'push', branch: 'feature' },
      { event: 'pipeline', variant: 'running', delaySeconds: 30 },
    ]);
    const firstSeed = store.getState().scenarios.story!.seed;
    const playing = store.getState().scenarios.playAll();
    await expect.poll(() => store.getState().scenarios.played[1]?.status).toBe(200);
    store.getState().scenarios.stopPlaying();
    await playing;
    expect([store.getState().scenarios.playing, store.getState().scenarios.nextStep, receiver.seen.length]).toEqual([false, 2, 1]);

    await store.getState().scenarios.chooseScenario('mine.json');
    expect(store.getState().scenarios.story!.seed).not.toBe(firstSeed);
    expect([store.getState().scenarios.nextStep, store.getState().scenarios.played]).toEqual([1, {}]);
  });

  it('sends the steps back to back when told not to wait their delays', async () => {
    const { store, receiver } = await storeWithScenario([
      { event: 'push', branch: 'feature' },
      { event: 'pipeline', variant: 'running', delaySeconds: 600 },
    ]);
    store.getState().scenarios.setWaitDelays(false);
    await store.getState().scenarios.playAll();
    expect([store.getState().scenarios.nextStep, receiver.seen.length]).toEqual([3, 2]);
  });

  it('says in words why a step could not be played', async () => {
    const { store } = await storeWithScenario([{ event: 'push', branch: 'feature' }]);
    store.getState().scenarios.setTarget('not a url');
    await store.getState().scenarios.playNextStep();
    expect(store.getState().scenarios.playError).toMatch(/^Could not play step 1: /);
    expect(store.getState().scenarios.nextStep).toBe(1);
  });
});
