import { join } from 'node:path';
import type { CheckRun } from '@shared/check-run';
import type { DeliveryRecord } from '../store/delivery-record';
import type { SqlRunner } from '../store/sql-runner';
import { CheckFolder, CHECKS_SUBFOLDER } from './check-folder';
import { CheckRunner } from './check-runner';
import { CheckRunTable } from './check-run-table';

/** What the core holds for check runs: the folder's table, the runs this process plays, the check files. */
export interface Checks {
  table: CheckRunTable;
  runner: CheckRunner;
  folder: () => CheckFolder;
}

export interface ChecksDeps {
  /** Off the receiver's thread, for the UI's reads. */
  reads: SqlRunner;
  /** A few small writes per case. */
  writes: SqlRunner;
  storeRecord: (record: DeliveryRecord) => Promise<number>;
  samplesFolder: () => string;
  changed: (run: CheckRun) => void;
  report: (message: string) => void;
}

export function createChecks(deps: ChecksDeps): Checks {
  const table = new CheckRunTable(deps.reads, deps.writes);
  return {
    table,
    runner: new CheckRunner({ table, storeRecord: deps.storeRecord, changed: deps.changed, report: deps.report }),
    folder: () => new CheckFolder(join(deps.samplesFolder(), CHECKS_SUBFOLDER)),
  };
}
