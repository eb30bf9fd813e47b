import type { ContractHandlers } from '@shared/contract';
import { UserError } from '@shared/user-error';
import type { ChangeAnnouncer } from './change-announcer';
import { importDeliveries } from './import/import-handler';
import { RecentlyDeleted, UNDO_MS } from './recently-deleted';
import { NOTE_LIMIT } from './store/delivery-marks';
import type { DeliveryStore } from './store/delivery-store';

type MarkHandlers = Pick<ContractHandlers, 'deleteDeliveries' | 'restoreDeliveries' | 'getDeliveryMark' | 'setDeliveryMark' | 'importDeliveries'>;

/** Deleting (with undo for a few seconds), pinning and noting one delivery or many, and importing them from a file. */
export function createMarkHandlers(
  store: DeliveryStore,
  announcer: ChangeAnnouncer,
  deliveryId: (value: number) => number,
  /** Drops bodies held for the window, which may be those of the deliveries going. */
  forgetShownBodies: () => void,
): MarkHandlers {
  const recentlyDeleted = new RecentlyDeleted();
  return {
    deleteDeliveries: (ids) => {
      forgetShownBodies();
      const taken = store.delete(ids.map(deliveryId));
      recentlyDeleted.keep(taken);
      announcer.changed();
      return taken.ids.length;
    },
    restoreDeliveries: (ids) => {
      forgetShownBodies();
      const restored = recentlyDeleted.restore(store, ids.map(deliveryId));
      if (restored === 0 && ids.length > 0) {
        throw new UserError(`Nothing to undo: a delete can be undone for ${UNDO_MS / 1000} seconds, in the window or face that deleted it.`);
      }
      announcer.changed();
      return restored;
    },
    getDeliveryMark: (id) => store.mark(deliveryId(id)),
    importDeliveries: (fileName, text) => importDeliveries(store, announcer, fileName, text),
    setDeliveryMark: (id, mark) => {
      if (mark.note !== null && mark.note.length > NOTE_LIMIT) {
        throw new UserError(`A note holds up to ${NOTE_LIMIT} characters; this one has ${mark.note.length}.`);
      }
      if (!store.setMark(deliveryId(id), mark)) throw new UserError(`There is no delivery ${id}: it may have been deleted.`);
      return store.mark(id);
    },
  };
}
