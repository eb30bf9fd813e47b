/**
 * The traffic chart's counts: one GROUP BY over the received time, on the reader's connection (never the
 * receiver's loop). The list's rules hold: a forward's leg is counted with its capture, not beside it.
 */
import type { Traffic, TrafficBucket, TrafficRequest } from '@shared/traffic';
import { NOT_A_LEG, STATUS_CLASS_SQL } from '../store/query-filter';
import type { SqlRunner } from '../store/sql-runner';

// Parameters bind as reals, so the bucket number is truncated to a whole one here.
const TRAFFIC_SQL = `SELECT CAST((d.received_at - ?1) / ?2 AS INTEGER) AS bucket,
  sum(${STATUS_CLASS_SQL.success}) AS success, sum(${STATUS_CLASS_SQL.failure}) AS failure,
  sum(${STATUS_CLASS_SQL['internal-error']}) AS internalError, sum(${STATUS_CLASS_SQL.pending}) AS pending
  FROM deliveries d WHERE d.received_at >= ?1 AND d.received_at < ?3 AND ${NOT_A_LEG} GROUP BY bucket`;

type CountedBucket = Omit<TrafficBucket, 'start'> & { bucket: number };

export async function trafficCounts(sql: SqlRunner, { from, bucketMs, buckets }: TrafficRequest): Promise<Traffic> {
  const [rows] = (await sql.run([{ sql: TRAFFIC_SQL, params: [from, bucketMs, from + bucketMs * buckets], mode: 'all' }])) as [CountedBucket[]];
  const counted = new Map(rows.map((row) => [row.bucket, row]));
  return {
    from,
    bucketMs,
    buckets: Array.from({ length: buckets }, (_, i) => {
      const row = counted.get(i);
      return { start: from + i * bucketMs, success: row?.success ?? 0, failure: row?.failure ?? 0, internalError: row?.internalError ?? 0, pending: row?.pending ?? 0 };
    }),
  };
}
