import { bucketTotal, type Traffic, type TrafficBucket } from '@shared/traffic';
import type { TimeRange } from './time-query';

/** The SVG's own units; it stretches to the pane's width. */
const WIDTH = 600;
const HEIGHT = 48;
/** A bucket with any delivery stays visible beside a tall one. */
const MIN_VISIBLE = 2;

const CLASSES = [
  ['success', 'green'],
  ['failure', 'red'],
  ['internalError', 'internal error'],
  ['pending', 'pending'],
] as const satisfies ReadonlyArray<readonly [keyof Omit<TrafficBucket, 'start'>, string]>;

const clock = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const day = (at: number) => new Date(at).toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' });

export function bucketWords(bucket: TrafficBucket, bucketMs: number): string {
  const total = bucketTotal(bucket);
  const when = `${bucketMs >= 3_600_000 ? `${day(bucket.start)} ` : ''}${clock(bucket.start)}–${clock(bucket.start + bucketMs)}`;
  if (total === 0) return `${when}: no deliveries`;
  const parts = CLASSES.filter(([field]) => bucket[field] > 0).map(([field, words]) => `${bucket[field]} ${words}`);
  return `${when}: ${total} ${total === 1 ? 'delivery' : 'deliveries'} (${parts.join(', ')})`;
}

function chosen(bucket: TrafficBucket, bucketMs: number, range: TimeRange | null): boolean {
  if (!range) return false;
  return (range.after ?? Number.NEGATIVE_INFINITY) <= bucket.start && bucket.start + bucketMs <= (range.before ?? Number.POSITIVE_INFINITY);
}

/** The stacked bars, green at the bottom as in the list's chips; each bar filters the list to its time. */
export function TrafficBars({ traffic, range, onPick }: { traffic: Traffic; range: TimeRange | null; onPick: (bucket: TrafficBucket) => void }) {
  const { buckets, bucketMs } = traffic;
  const tallest = Math.max(1, ...buckets.map(bucketTotal));
  const step = WIDTH / buckets.length;
  // One tab stop for the whole chart (the chosen bar, or now's); the arrow keys move between bars.
  const chosenIndex = buckets.findIndex((bucket) => chosen(bucket, bucketMs, range));
  const tabStop = chosenIndex >= 0 ? chosenIndex : buckets.length - 1;
  const moveFocus = (from: SVGGElement, by: number) => {
    const bars = [...(from.parentElement?.querySelectorAll<SVGGElement>('.traffic-bar') ?? [])];
    bars[Math.min(bars.length - 1, Math.max(0, bars.indexOf(from) + by))]?.focus();
  };
  return (
    <svg className="traffic-bars" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="group" aria-label="Deliveries over time">
      <defs>
        <pattern id="traffic-internal-error" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
          <rect className="traffic-internal-stripe" width="2" height="4" />
        </pattern>
      </defs>
      {buckets.map((bucket, i) => {
        const words = bucketWords(bucket, bucketMs);
        let top = HEIGHT;
        const total = bucketTotal(bucket);
        const scale = total === 0 ? 0 : Math.max(MIN_VISIBLE, (total / tallest) * HEIGHT) / total;
        return (
          <g
            key={bucket.start}
            className={chosen(bucket, bucketMs, range) ? 'traffic-bar traffic-bar-chosen' : 'traffic-bar'}
            role="button"
            tabIndex={i === tabStop ? 0 : -1}
            aria-label={`${words}. Show only these.`}
            data-testid="traffic-bar"
            data-start={bucket.start}
            data-total={total}
            onClick={() => onPick(bucket)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') moveFocus(event.currentTarget, event.key === 'ArrowLeft' ? -1 : 1);
              else if (event.key === 'Enter' || event.key === ' ') onPick(bucket);
              else return;
              event.preventDefault();
            }}
          >
            <title>{words}</title>
            <rect className="traffic-hit" x={i * step} y={0} width={step} height={HEIGHT} />
            {CLASSES.map(([field]) => {
              const height = bucket[field] * scale;
              top -= height;
              return height > 0 && <rect key={field} className={`traffic-${field}`} x={i * step + step * 0.1} y={top} width={step * 0.8} height={height} />;
            })}
          </g>
        );
      })}
    </svg>
  );
}

export function TrafficAxis({ traffic }: { traffic: Traffic }) {
  const first = traffic.buckets[0]?.start ?? traffic.from;
  const label = (at: number) => (traffic.bucketMs >= 3_600_000 ? `${day(at)} ${clock(at)}` : clock(at));
  return (
    <div className="traffic-axis" aria-hidden="true">
      <span>{label(first)}</span>
      <span>{label(first + (traffic.buckets.length / 2) * traffic.bucketMs)}</span>
      <span>now</span>
    </div>
  );
}
