import type { Counts } from '@shared/contract';
import { STATUS_CLASS_SQL } from './query-filter';

/**
 * One row per data folder, changed in the same transaction as every write to `deliveries`: the folder's
 * counts (true whichever process wrote), a change sequence other processes watch, and how many removals
 * there were, so a reader knows when rows went rather than only came.
 */
export const TALLY_SCHEMA = `
CREATE TABLE IF NOT EXISTS delivery_tally (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  removals INTEGER NOT NULL,
  total INTEGER NOT NULL,
  failures INTEGER NOT NULL,
  internal_errors INTEGER NOT NULL
);`;

const RECOUNT = `SELECT count(*), coalesce(sum(${STATUS_CLASS_SQL.failure}), 0), coalesce(sum(${STATUS_CLASS_SQL['internal-error']}), 0)
  FROM deliveries d`;

/** For a store made before the tally existed; OR IGNORE because two processes may open it at once. */
export const CREATE_TALLY_ROW = `INSERT OR IGNORE INTO delivery_tally (id, seq, removals, total, failures, internal_errors)
  SELECT 1, 0, 0, * FROM (${RECOUNT})`;

const RETURNING = 'RETURNING seq, removals, total, failures, internal_errors';

/** Parameters: how many were added, how many of them red, how many internal errors. */
export const TALLY_ADDED = `UPDATE delivery_tally SET seq = seq + 1, total = total + ?, failures = failures + ?,
  internal_errors = internal_errors + ? ${RETURNING}`;

/** After a delete, clear or prune: a recount, inside the same transaction. */
export const TALLY_REMOVED = `UPDATE delivery_tally SET seq = seq + 1, removals = removals + 1,
  (total, failures, internal_errors) = (${RECOUNT}) ${RETURNING}`;

export const TALLY_NOW = `SELECT seq, removals, total, failures, internal_errors FROM delivery_tally`;

/** The folder's state at one commit. */
export interface TallySnapshot {
  seq: number;
  removals: number;
  counts: Counts;
}

export function toSnapshot(r: Record<string, unknown>): TallySnapshot {
  return {
    seq: r.seq as number,
    removals: r.removals as number,
    counts: { total: r.total as number, failures: r.failures as number, internalErrors: r.internal_errors as number },
  };
}
