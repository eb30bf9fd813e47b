import type { ReactNode } from 'react';
import type { DeliveryDetail } from '@shared/delivery';
import { ORIGIN_LABELS } from '../../components/DeliveryMarks';
import { formatBytes, formatDuration, formatExactTime } from '../../components/format';
import { ReplayChain } from './ReplayChain';

export function DetailsTab({ detail }: { detail: DeliveryDetail }) {
  const facts: Array<[string, ReactNode]> = [
    ['Received', formatExactTime(detail.receivedAt)],
    ['Duration', formatDuration(detail.durationMs)],
    ['Remote address', detail.remoteAddress ?? 'unknown'],
    ['HTTP version', detail.httpVersion],
    ['Delivery id', String(detail.id)],
    ['Origin', ORIGIN_LABELS[detail.origin]],
    ['Request size', `${formatBytes(detail.requestSize)} (${detail.requestSize.toLocaleString()} bytes)`],
    [
      'Response size',
      detail.responseSize === null
        ? '—'
        : `${formatBytes(detail.responseSize)} (${detail.responseSize.toLocaleString()} bytes)`,
    ],
  ];
  if (detail.sentByCheck) {
    const { runId, caseTitle } = detail.sentByCheck;
    facts.push(['Check run', <><a href={`#/checks?run=${runId}`}>Run {runId}</a>: {caseTitle}</>]);
  }
  return (
    <div className="detail-tab-body">
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ReplayChain detail={detail} />
    </div>
  );
}
