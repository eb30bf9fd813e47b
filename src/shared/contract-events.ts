import type { ContractEventListener, ContractEventName, ContractEvents } from './contract';

export type ContractEventHandler<E extends ContractEventName> = (payload: ContractEvents[E]) => void;

/** The core's announcements by name, each handler typed for its own event's payload. */
export interface ContractEventSource {
  on<E extends ContractEventName>(name: E, handler: ContractEventHandler<E>): () => void;
}

/**
 * Named, typed subscriptions over a source that hands every event to one listener (the renderer's bridge, the
 * core's subscribe): one listener for every subscription, kept while any handler is.
 */
export function contractEvents(subscribe: (listener: ContractEventListener) => () => void): ContractEventSource {
  // One set per event, each typed for its own payload; a new event in the contract is a compile error here.
  const handlers: { [E in ContractEventName]: Set<ContractEventHandler<E>> } = {
    deliveriesChanged: new Set(), receiverState: new Set(), storageState: new Set(), savedSamplesChanged: new Set(),
    triggerPresetsChanged: new Set(), secretsChanged: new Set(), coreProcessChanged: new Set(), routesChanged: new Set(),
    tunnelChanged: new Set(), scenariosChanged: new Set(), checkRunChanged: new Set(), bulkReplayChanged: new Set(),
  };
  let subscriptions = 0;
  let unsubscribe: (() => void) | null = null;
  return {
    on(name, handler) {
      const named = handlers[name];
      named.add(handler);
      subscriptions += 1;
      unsubscribe ??= subscribe((event, payload) => {
        for (const each of handlers[event]) each(payload);
      });
      return () => {
        if (!named.delete(handler)) return;
        subscriptions -= 1;
        if (subscriptions > 0) return;
        unsubscribe?.();
        unsubscribe = null;
      };
    },
  };
}
