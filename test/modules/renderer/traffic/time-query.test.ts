/** A click on a bar of the traffic chart writes its time into the query, as the query language reads it. */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '@shared/query/parse-query';
import { localMinute, timeRangeOf, withoutTimeRange, withTimeRange } from '../../../../src/renderer/src/features/traffic/time-query';
import { trafficRequest, nextBucketAt } from '../../../../src/renderer/src/features/traffic/traffic-span';

// Local time, as the user and the query language see it.
const at = (hour: number, minute: number) => new Date(2026, 11, 1, hour, minute).getTime();
const MINUTE = 60_000;

describe("a bar's time in the query", () => {
  it('writes after: and before: in local time, to the minute, which the parser reads back as the bar', () => {
    const query = withTimeRange('', at(14, 2), at(14, 3));
    expect(query).toBe('after:2026-12-01T14:02 before:2026-12-01T14:03');
    expect(parseQuery(query).groups[0]).toEqual([
      { kind: 'after', at: at(14, 2), negated: false },
      { kind: 'before', at: at(14, 3), negated: false },
    ]);
    expect(localMinute(at(9, 5) + 59_999)).toBe('2026-12-01T09:05');
  });

  it('keeps the other terms, replaces an earlier time range, and adds it to every OR group', () => {
    expect(withTimeRange('status:500 after:2026-11-30 -before:2026-11-30T10:00 "push hook"', at(14, 2), at(14, 3))).toBe(
      'status:500 "push hook" after:2026-12-01T14:02 before:2026-12-01T14:03',
    );
    expect(withTimeRange('status:500 OR event:"Push Hook"', at(14, 0), at(15, 0))).toBe(
      'status:500 after:2026-12-01T14:00 before:2026-12-01T15:00 OR event:"Push Hook" after:2026-12-01T14:00 before:2026-12-01T15:00',
    );
    expect(withTimeRange('body:"a OR b" after:"2026-12-01 10:00"', at(14, 2), at(14, 3))).toBe('body:"a OR b" after:2026-12-01T14:02 before:2026-12-01T14:03');
  });

  it('takes the time range out again, and reads which range the query keeps to', () => {
    const query = withTimeRange('status:500 OR method:PUT', at(14, 2), at(14, 3));
    expect(timeRangeOf(query)).toEqual({ after: at(14, 2), before: at(14, 3) });
    expect(withoutTimeRange(query)).toBe('status:500 OR method:PUT');
    expect(timeRangeOf('status:500')).toBeNull();
    expect(timeRangeOf('after:2026-12-01T14:02 OR status:500')).toBeNull();
    expect(timeRangeOf('status:')).toBeNull();
  });
});

describe("the chart's buckets", () => {
  it('end with the minute (or local hour) that holds now', () => {
    const now = at(14, 2) + 30_000;
    expect(trafficRequest('hour', now)).toEqual({ from: at(13, 3), bucketMs: MINUTE, buckets: 60 });
    expect(trafficRequest('days', now)).toEqual({ from: at(14, 0) - 71 * 60 * MINUTE, bucketMs: 60 * MINUTE, buckets: 72 });
    expect(nextBucketAt('hour', now)).toBe(at(14, 3));
    expect(nextBucketAt('days', now)).toBe(at(15, 0));
  });
});
