/** The chart's two spans: per minute over the last hour, per hour over the last three days (local hours). */
import type { TrafficRequest } from '@shared/traffic';

export type TrafficSpan = 'hour' | 'days';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SPANS: Record<TrafficSpan, { label: string; bucketMs: number; buckets: number; unit: string }> = {
  hour: { label: 'Last hour', bucketMs: MINUTE, buckets: 60, unit: 'minute' },
  days: { label: 'Last 3 days', bucketMs: HOUR, buckets: 72, unit: 'hour' },
};

/** The bucket that holds `now` starts at a local minute or hour, and is the last one. */
function bucketStart(span: TrafficSpan, now: number): number {
  const d = new Date(now);
  d.setSeconds(0, 0);
  if (span === 'days') d.setMinutes(0);
  return d.getTime();
}

export function trafficRequest(span: TrafficSpan, now: number): TrafficRequest {
  const { bucketMs, buckets } = SPANS[span];
  return { from: bucketStart(span, now) - (buckets - 1) * bucketMs, bucketMs, buckets };
}

/** When the chart must move on even with nothing new: the next bucket's start. */
export function nextBucketAt(span: TrafficSpan, now: number): number {
  return bucketStart(span, now) + SPANS[span].bucketMs;
}
