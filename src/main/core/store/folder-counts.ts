import type { Counts } from '@shared/contract';
import { NOT_A_LEG, STATUS_CLASS_SQL } from './query-filter';
import type { SqlStatement } from './sql-runner';

/** What a reader has counted: every row up to `upToId`, as of `removals` removals. */
export interface Counted {
  upToId: number;
  removals: number;
  counts: Counts;
}

/** Nothing counted yet: the first count takes every row. */
export const NOTHING_COUNTED: Counted = { upToId: 0, removals: -1, counts: { total: 0, failures: 0, internalErrors: 0 } };

/**
 * The forwards' captures answered since `upToId`: each got its answer in the transaction that stored its leg, so the
 * legs above `upToId` name them. Those at or below it were counted while pending (neither failure nor internal error).
 */
export const answeredSince = (upToId: string) => `d.id <= ${upToId} AND d.id IN (SELECT parent_id FROM deliveries WHERE id > ${upToId} AND origin = 'forwarded')`;

/**
 * Counts the rows above what was counted when no removal happened since (a range of the primary key, the
 * new rows only), or all of them when one did, in the same snapshot as the statements beside it; and how the
 * captures counted while pending were answered, so a finished forward needs no recount.
 */
const COUNT_SQL = `SELECT count(*) AS total, coalesce(sum(${STATUS_CLASS_SQL.failure}), 0) AS failures,
  coalesce(sum(${STATUS_CLASS_SQL['internal-error']}), 0) AS internal_errors,
  (SELECT removals FROM delivery_removals) AS removals, (SELECT coalesce(max(id), 0) FROM deliveries) AS max_id,
  (SELECT coalesce(sum(${STATUS_CLASS_SQL.failure}), 0) FROM deliveries d WHERE ${answeredSince('?2')}) AS answered_failures,
  (SELECT coalesce(sum(${STATUS_CLASS_SQL['internal-error']}), 0) FROM deliveries d WHERE ${answeredSince('?2')}) AS answered_internal_errors
  FROM deliveries d WHERE ${NOT_A_LEG} AND d.id > (CASE WHEN (SELECT removals FROM delivery_removals) = ?1 THEN ?2 ELSE 0 END)`;

export function countStatement(base: Counted): SqlStatement {
  return { sql: COUNT_SQL, params: [base.removals, base.upToId], mode: 'get' };
}

interface CountRow {
  total: number;
  failures: number;
  internal_errors: number;
  removals: number;
  max_id: number;
  answered_failures: number;
  answered_internal_errors: number;
}

/** The folder's counts at the statement's snapshot, from what was counted before and what it counted. */
export function countedAfter(base: Counted, row: unknown): Counted {
  const r = row as CountRow;
  const counted = { total: r.total, failures: r.failures, internalErrors: r.internal_errors };
  if (r.removals !== base.removals) return { upToId: r.max_id, removals: r.removals, counts: counted };
  const { counts } = base;
  return {
    upToId: r.max_id,
    removals: r.removals,
    counts: {
      total: counts.total + counted.total,
      failures: counts.failures + counted.failures + r.answered_failures,
      internalErrors: counts.internalErrors + counted.internalErrors + r.answered_internal_errors,
    },
  };
}
