/** The inbox's traffic chart: deliveries counted per time bucket, by GitLab's Recent-events colours. */

/** What the chart asks for: `buckets` buckets of `bucketMs` each, the first starting at `from` (epoch ms). */
export interface TrafficRequest {
  from: number;
  bucketMs: number;
  buckets: number;
}

/** One bucket's deliveries by status class; a forward's pair counts once, as in the list. */
export interface TrafficBucket {
  start: number;
  success: number;
  failure: number;
  internalError: number;
  pending: number;
}

export interface Traffic {
  from: number;
  bucketMs: number;
  /** Every bucket of the request, oldest first, the empty ones included. */
  buckets: TrafficBucket[];
}

/** A bucket's deliveries, whatever their class. */
export const bucketTotal = (bucket: TrafficBucket) => bucket.success + bucket.failure + bucket.internalError + bucket.pending;
