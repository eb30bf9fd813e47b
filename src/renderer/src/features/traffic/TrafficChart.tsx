import { useCallback, useEffect } from 'react';
import { bucketTotal, type TrafficBucket } from '@shared/traffic';
import { useClient } from '../../api/use-client';
import { useApp } from '../../store/use-app';
import { TrafficAxis, TrafficBars } from './TrafficBars';
import { timeRangeOf, withoutTimeRange, withTimeRange } from './time-query';
import { nextBucketAt, SPANS, trafficRequest, type TrafficSpan } from './traffic-span';
import { useReloaded } from './use-reloaded';

const SPAN_NAMES = Object.keys(SPANS) as TrafficSpan[];

/** Deliveries over the span, live; a click on a bar writes its time into the query, a second click takes it out. */
export function TrafficChart({ span, onSpan, onHide }: { span: TrafficSpan; onSpan: (span: TrafficSpan) => void; onHide: () => void }) {
  const client = useClient();
  const search = useApp((state) => state.inbox.filters.search);
  const setSearch = useApp((state) => state.inbox.setSearch);
  const load = useCallback(() => client.getTraffic(trafficRequest(span, Date.now())), [client, span]);
  const { value: traffic, error, reload } = useReloaded(load, span, 'count the traffic');

  // The bars move on at each new minute (or hour) even when nothing arrives.
  useEffect(() => {
    if (!traffic) return;
    const timer = setTimeout(reload, Math.max(0, nextBucketAt(span, Date.now()) - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [traffic, span, reload]);

  const range = timeRangeOf(search);
  const pick = (bucket: TrafficBucket) => {
    const end = bucket.start + SPANS[span].bucketMs;
    const isChosen = range?.after === bucket.start && range.before === end;
    setSearch(isChosen ? withoutTimeRange(search) : withTimeRange(search, bucket.start, end));
  };
  const total = traffic ? traffic.buckets.reduce((sum, bucket) => sum + bucketTotal(bucket), 0) : null;

  return (
    <div className="traffic-chart" data-testid="traffic-chart" data-span={span}>
      <div className="traffic-head">
        <span className="traffic-title">
          Traffic{' '}
          <span className="muted" data-testid="traffic-total">
            {total === null ? '' : `${total.toLocaleString()} in the ${SPANS[span].label.toLowerCase()}, per ${SPANS[span].unit}`}
          </span>
        </span>
        <span className="traffic-spans" role="group" aria-label="Traffic span">
          {SPAN_NAMES.map((name) => (
            <button key={name} type="button" className="traffic-span" aria-pressed={name === span} onClick={() => onSpan(name)}>
              {SPANS[name].label}
            </button>
          ))}
        </span>
        <button type="button" className="link-button traffic-hide" onClick={onHide}>
          Hide
        </button>
      </div>
      {error && <p className="body-note body-note-error">{error}</p>}
      {traffic && (
        <>
          <TrafficBars traffic={traffic} range={range} onPick={pick} />
          <TrafficAxis traffic={traffic} />
        </>
      )}
    </div>
  );
}
