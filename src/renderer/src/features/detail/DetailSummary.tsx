import type { DeliveryDetail } from '../../../../shared/delivery';
import { ProviderMark, verdictWords } from '../../components/DeliveryMarks';
import { formatDuration, formatExactTime } from '../../components/format';
import { StatusChip } from '../../components/StatusChip';
import { fullUrl } from './full-url';

export function DetailSummary({ detail }: { detail: DeliveryDetail }) {
  const url = fullUrl(detail);
  return (
    <header className="detail-summary" data-testid="detail-summary">
      <div className="detail-summary-request">
        <span className="method">{detail.method}</span>
        <span className="mono detail-url" title={url}>
          {url}
        </span>
      </div>
      <div className="detail-summary-facts">
        <StatusChip row={detail} />
        <span title="Duration">{formatDuration(detail.durationMs)}</span>
        <span>{formatExactTime(detail.receivedAt)}</span>
        <span className="detail-event">
          <ProviderMark provider={detail.provider} />
          {detail.event ?? 'Unknown event'}
        </span>
        {detail.tokenCheck !== 'not-configured' && (
          <span className={`verdict-text verdict-${detail.tokenCheck}`}>Secret token {verdictWords(detail.tokenCheck)}</span>
        )}
        {detail.signatureCheck !== 'not-configured' && (
          <span className={`verdict-text verdict-${detail.signatureCheck}`}>
            Signature {verdictWords(detail.signatureCheck)}
          </span>
        )}
      </div>
    </header>
  );
}
