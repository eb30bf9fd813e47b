import { describe, expect, it } from 'vitest';
import type { ContractEventListener, HookbenchBridge, StorageState } from '@shared/contract';
import { contractEvents } from '@shared/contract-events';

/** A bridge whose announcements the test makes, counting its listeners. */
function announcingBridge() {
  const listeners = new Set<ContractEventListener>();
  const bridge: HookbenchBridge = {
    call: async () => ({ ok: true, result: null }),
    on(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  const announce: ContractEventListener = (name, payload) => {
    for (const listener of listeners) listener(name, payload);
  };
  return { bridge, announce, listeners };
}

const storage: StorageState = { dataDir: '/data', status: 'ok', problem: null };

describe('typed event subscriptions', () => {
  it('hands each handler the payload of its own event only, through one bridge listener', () => {
    const { bridge, announce, listeners } = announcingBridge();
    const events = contractEvents((listener) => bridge.on(listener));
    const seen: string[] = [];
    events.on('storageState', (state) => seen.push(`storage ${state.dataDir}`));
    events.on('savedSamplesChanged', ({ folder }) => seen.push(`samples ${folder}`));
    expect(listeners.size).toBe(1);
    announce('storageState', storage);
    announce('savedSamplesChanged', { folder: '/samples' });
    announce('triggerPresetsChanged', { folder: '/presets' });
    expect(seen).toEqual(['storage /data', 'samples /samples']);
  });

  it('lets go of the bridge once the last handler unsubscribes', () => {
    const { bridge, announce, listeners } = announcingBridge();
    const events = contractEvents((listener) => bridge.on(listener));
    const seen: string[] = [];
    const first = events.on('storageState', () => seen.push('first'));
    const second = events.on('storageState', () => seen.push('second'));
    first();
    first();
    announce('storageState', storage);
    expect(seen).toEqual(['second']);
    second();
    expect(listeners.size).toBe(0);
  });
});
