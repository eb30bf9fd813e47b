import type { DeliveryDetail, Verdict } from '@shared/delivery';
import { ProviderMark, verdictWords } from '../../components/DeliveryMarks';
import { formatDuration, formatExactTime } from '../../components/format';
import { StatusChip } from '../../components/StatusChip';
import { fullUrl } from './full-url';
import { deliveryName } from '@shared/delivery-name';

function VerdictText({ label, verdict, reason }: { label: string; verdict: Verdict; reason: string | null }) {
  if (verdict === 'not-configured') return null;
  return (
    <span className={`verdict-text verdict-${verdict}`} data-testid="verdict">
      {label} {verdictWords(verdict)}
      {reason && verdict !== 'valid' && <span className="verdict-reason">: {reason}</span>}
    </span>
  );
}

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
          {deliveryName(detail) ?? 'Unknown event'}
        </span>
        <VerdictText label="Secret token" verdict={detail.tokenCheck} reason={detail.tokenReason} />
        <VerdictText label="Signature" verdict={detail.signatureCheck} reason={detail.signatureReason} />
      </div>
    </header>
  );
}
