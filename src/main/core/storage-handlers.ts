import { isAbsolute, resolve } from 'node:path';
import type { ContractHandlers, StorageProblemKind, StorageRepair, StorageState } from '@shared/contract';
import { UserError } from '@shared/user-error';
import type { DeliveryStore } from './store/delivery-store';
import { moveStoreAside, recoverReadableRows } from './store/store-repairs';

export interface StorageHandlerDeps {
  store: DeliveryStore;
  /** Runs after the store changed files: the receiver starts (or stays refused) and every UI hears of it. */
  storeMoved: (state: StorageState) => Promise<void>;
}

type StorageHandlers = Pick<ContractHandlers, 'moveStoreAside' | 'recoverStore' | 'useDataFolder'>;

const MOVABLE: readonly StorageProblemKind[] = ['corrupt', 'damaged', 'foreign', 'unopenable'];

function afterwards(state: StorageState, done: string): string {
  return state.problem ? `${done} The store still cannot be used: ${state.problem.message}` : done;
}

/** The ways out of an unusable store; each refuses in words when it does not apply. */
export function createStorageHandlers({ store, storeMoved }: StorageHandlerDeps): StorageHandlers {
  const problemOr = (refusal: string) => {
    const { problem } = store.state;
    if (!problem) throw new UserError(`${refusal}: the store in ${store.state.dataDir} is in use and fine.`);
    return problem;
  };
  const reopen = async (dataDir: string, done: string): Promise<StorageRepair> => {
    const state = store.openFolder(dataDir);
    await storeMoved(state);
    return { state, summary: afterwards(state, done) };
  };
  return {
    moveStoreAside: async () => {
      const problem = problemOr('Nothing to move aside');
      if (!MOVABLE.includes(problem.kind)) {
        throw new UserError(
          problem.kind === 'newer-version'
            ? 'A store made by a newer Hookbench is never moved aside: run the newer Hookbench, or use another data folder.'
            : 'The data folder cannot be written, so its store cannot be moved aside: use another data folder.',
        );
      }
      const { dataDir } = store.state;
      const movedTo = moveStoreAside(dataDir);
      return reopen(dataDir, `The old file is kept as ${movedTo} in ${dataDir}; new deliveries go to an empty store.`);
    },
    recoverStore: async () => {
      const problem = problemOr('Nothing to recover');
      if (problem.kind !== 'damaged') {
        throw new UserError(`Recovery reads a damaged Hookbench store; ${problem.file} is not one (${problem.kind}). Move it aside instead.`);
      }
      const { dataDir } = store.state;
      const { recovered, skipped, movedTo } = recoverReadableRows(dataDir);
      const lost = skipped.length > 0 ? ` ${skipped.length} could not be read (ids ${skipped.slice(0, 10).join(', ')}${skipped.length > 10 ? ', …' : ''}).` : '';
      return reopen(dataDir, `Recovered ${recovered} deliveries into a fresh store.${lost} The damaged file is kept as ${movedTo}.`);
    },
    useDataFolder: async (path) => {
      problemOr('The data folder is fine');
      if (typeof path !== 'string' || !isAbsolute(path.trim())) throw new UserError('Type the full path of the folder to use, e.g. /home/you/hookbench-data.');
      const settingsDir = store.state.dataDir;
      const dataDir = resolve(path.trim());
      return reopen(dataDir, `Deliveries are now kept in ${dataDir} for this run; settings stay in ${settingsDir}.`);
    },
  };
}
