import { createStore } from 'zustand/vanilla';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { sliceFactory } from '../../../src/renderer/src/store/slice-factory';
import type { AppState, SliceCreator } from '../../../src/renderer/src/store/types';
import { fakeClient } from '../../support/fake-client';

interface Counter {
  count: number;
  bump(): void;
}

/** A store of the app's shape whose inbox is the given slices, to watch what their writes reach. */
function storeWith(...creators: SliceCreator<'inbox', Counter>[]) {
  return createStore<AppState>()((setState, getState) => {
    const inbox = sliceFactory(setState, getState, fakeClient({}))('inbox');
    const slices = creators.map((creator) => inbox(creator));
    return { inbox: Object.assign({}, ...slices) } as AppState;
  });
}

const counter: SliceCreator<'inbox', Counter> = ({ set }) => ({
  count: 0,
  bump() {
    set({ count: 1 });
  },
});

/** These test slices are not part of AppState's inbox type, so the test reads them as what they are. */
const counterIn = (store: ReturnType<typeof storeWith>) => store.getState().inbox as unknown as Counter;

describe('each slice writes only its own fields', () => {
  it('writes inside its own domain, leaving every other domain as it was', () => {
    const store = createAppStore(fakeClient({}));
    const before = store.getState();
    store.getState().shell.showScreen('compose');
    const after = store.getState();
    expect(after.shell.screen).toBe('compose');
    for (const domain of ['connection', 'inbox', 'detail', 'compose', 'samples', 'triggers', 'routes', 'settings'] as const) {
      expect(after[domain]).toBe(before[domain]);
    }
  });

  it('throws when a slice writes a field it does not own, naming the field', () => {
    const rogue: SliceCreator<'inbox', Counter> = ({ set }) => ({
      count: 0,
      bump() {
        // Cast past the compile-time check, as a careless `as` would: the run-time check still refuses it.
        set({ rows: [] } as unknown as Partial<Counter>);
      },
    });
    const store = storeWith(rogue);
    expect(() => counterIn(store).bump()).toThrow('A inbox slice wrote "rows", which is not one of its own fields.');
  });

  it('writes its own field', () => {
    const store = storeWith(counter);
    counterIn(store).bump();
    expect(counterIn(store).count).toBe(1);
  });

  it('refuses to build a store where two slices claim one field', () => {
    expect(() => storeWith(counter, counter)).toThrow(/inbox\.count is defined by two slices/);
  });

  it('builds the app store: no field of the real slices is claimed twice', () => {
    expect(() => createAppStore(fakeClient({}))).not.toThrow();
  });
});
