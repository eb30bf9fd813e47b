import { memo } from 'react';
import type { DeliveryRow } from '@shared/delivery';
import { deliveryName } from '@shared/delivery-name';
import { OriginBadge, OriginMark, ProviderMark, VerdictMark } from '../../components/DeliveryMarks';
import { formatBytes, formatDuration, formatExactTime, formatRelativeTime } from '../../components/format';
import { MiddleTruncated } from '../../components/MiddleTruncated';
import { RowStatus } from './RowStatus';

/** Captured rows show their path; a row sent elsewhere shows host:port too, so two targets never look alike. */
export function listPath(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

export interface DeliveryListRowProps {
  row: DeliveryRow;
  now: number;
  selected: boolean;
  cursor: boolean;
  /** In the selection of several deliveries (bulk actions). */
  picked: boolean;
}

export const DeliveryListRow = memo(function DeliveryListRow({ row, now, selected, cursor, picked }: DeliveryListRowProps) {
  const name = deliveryName(row);
  const classes = ['list-row', selected && 'list-row-selected', cursor && 'list-row-cursor', picked && 'list-row-picked'].filter(Boolean).join(' ');
  return (
    <div className={classes} role="option" aria-selected={selected || picked} data-delivery-id={row.id} data-testid="delivery-row">
      <span className="cell cell-status">
        <RowStatus row={row} />
      </span>
      <span className="cell cell-origin">
        <OriginMark origin={row.origin} />
      </span>
      <span className="cell cell-event">
        <ProviderMark provider={row.provider} />
        <OriginBadge origin={row.origin} />
        <span className={name ? 'event-name' : 'event-name event-unknown'} title={name ?? 'No event header or object_kind in this request'}>
          {name ?? 'unknown'}
        </span>
      </span>
      <span className="cell cell-method">{row.method}</span>
      <span className="cell cell-path mono">
        <MiddleTruncated text={listPath(row.url)} />
      </span>
      <span className="cell cell-time" title={formatExactTime(row.receivedAt)}>
        {formatRelativeTime(row.receivedAt, now)}
      </span>
      <span className="cell cell-duration">{formatDuration(row.durationMs)}</span>
      <span className="cell cell-size" title={`${row.requestSize.toLocaleString()} bytes`}>
        {row.overLimit ? <span className="over-limit">over limit</span> : formatBytes(row.requestSize)}
      </span>
      <span className="cell cell-verdicts">
        <VerdictMark check="token" verdict={row.tokenCheck} />
        <VerdictMark check="signature" verdict={row.signatureCheck} />
      </span>
    </div>
  );
});

export function PlaceholderRow() {
  return (
    <div className="list-row list-row-placeholder" aria-hidden="true">
      <span className="placeholder-bar" />
    </div>
  );
}

export function DeliveryListHeader() {
  return (
    <div className="list-row list-header" role="presentation">
      <span className="cell cell-status">Status</span>
      <span className="cell cell-origin" />
      <span className="cell cell-event">Event</span>
      <span className="cell cell-method">Method</span>
      <span className="cell cell-path">Path</span>
      <span className="cell cell-time">Time</span>
      <span className="cell cell-duration" title="Duration: from the request to the answer">Took</span>
      <span className="cell cell-size">Size</span>
      <span className="cell cell-verdicts" />
    </div>
  );
}
