import type { ContractHandlers } from '@shared/contract';
import type { TrafficRequest } from '@shared/traffic';
import { UserError } from '@shared/user-error';
import type { SqlRunner } from '../store/sql-runner';
import { trafficCounts } from './traffic-counts';

/** A week of minutes is the most a chart could draw; more is a mistake, not a chart. */
const MAX_BUCKETS = 10_080;
const MIN_BUCKET_MS = 1_000;

function checkedRequest(request: TrafficRequest): TrafficRequest {
  if (request.bucketMs < MIN_BUCKET_MS) throw new UserError(`bucketMs must be at least ${MIN_BUCKET_MS} (a second), not ${request.bucketMs}.`);
  if (request.buckets < 1 || request.buckets > MAX_BUCKETS) throw new UserError(`buckets must be from 1 to ${MAX_BUCKETS}, not ${request.buckets}.`);
  return request;
}

export function createTrafficHandlers(sql: SqlRunner): Pick<ContractHandlers, 'getTraffic'> {
  return { getTraffic: async (request) => trafficCounts(sql, checkedRequest(request)) };
}
