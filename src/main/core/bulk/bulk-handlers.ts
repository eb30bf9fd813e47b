import type { ContractHandlers } from '@shared/contract';
import type { DeliveryReader } from '../store/delivery-reader';
import type { BulkReplays } from './bulk-replays';
import { resolveSelection } from './selection';

type BulkHandlers = Pick<ContractHandlers, 'resolveSelection' | 'startBulkReplay' | 'cancelBulkReplay' | 'listBulkReplays'>;

/** Acting on many deliveries: a selection resolved here (a search as it matches now), replays run as a job. */
export function createBulkHandlers(reader: DeliveryReader, replays: BulkReplays): BulkHandlers {
  return {
    resolveSelection: (selection) => resolveSelection(reader, selection),
    startBulkReplay: async ({ selection, ...options }) => replays.start(await resolveSelection(reader, selection), options),
    cancelBulkReplay: async (jobId) => replays.cancel(jobId),
    listBulkReplays: () => replays.list(),
  };
}
