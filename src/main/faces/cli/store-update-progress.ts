import type { StorageState } from '@shared/contract';
import { contractEvents } from '@shared/contract-events';
import type { AppCore } from '../../core/app-core';

/** A line each time the update passes a multiple of this many percent: about twenty lines for a whole update. */
const STEP_PERCENT = 5;

/**
 * Says on stderr while the store is being updated to this version's layout (a big store takes a while; the receiver
 * keeps storing meanwhile), and once it is done or why it stopped.
 */
export function printStoreUpdates(core: AppCore, warn: (text: string) => void, initial: StorageState): void {
  let shownStep = -1;
  let updating = false;
  const show = (state: StorageState) => {
    const update = state.update;
    if (!update) {
      if (updating) warn('The store is up to date.');
      updating = false;
      return;
    }
    updating = true;
    if (update.failure) {
      warn(`Updating the store to version ${update.toVersion} stopped at ${update.percent} %: ${update.failure}`);
      return;
    }
    const step = Math.floor(update.percent / STEP_PERCENT);
    if (step === shownStep) return;
    shownStep = step;
    warn(`Updating the store to version ${update.toVersion}: ${update.percent} % (deliveries are received meanwhile)`);
  };
  show(initial);
  // This event alone: a subscriber to every event would make the change announcer read the new rows for nobody.
  contractEvents((listener) => core.subscribe(listener, ['storageState'])).on('storageState', show);
}
