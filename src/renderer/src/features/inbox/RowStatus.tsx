import { statusClass, type DeliveryRow, type ForwardLegStatus, type TransportErrorKind } from '@shared/delivery';
import { StatusChip } from '../../components/StatusChip';

/** A target that gave no answer, said in the one word the chip has room for. */
const CAUSE_WORDS: Record<TransportErrorKind, string> = { refused: 'refused', timeout: 'timeout', tls: 'TLS', reset: 'reset', other: 'failed' };

function receiverWords(leg: ForwardLegStatus): string {
  if (leg.errorKind) return `internal error (${CAUSE_WORDS[leg.errorKind]}${leg.errorMessage ? `: ${leg.errorMessage}` : ''})`;
  return leg.status === null ? 'nothing yet' : String(leg.status);
}

/**
 * The list's status cell. A forward's pair shows both statuses side by side: what GitLab got (Hookbench's 502/504
 * when the target failed) and what the receiver said (a refused target is an internal error, its cause in words).
 */
export function RowStatus({ row }: { row: DeliveryRow }) {
  const leg = row.forwardLeg;
  if (!leg) return <StatusChip row={row} />;
  const sentence = `GitLab got ${row.status ?? 'nothing yet'}; the receiver at ${leg.url} said ${receiverWords(leg)}.`;
  const legClass = statusClass(leg);
  return (
    <span className="pair-status" title={sentence} aria-label={sentence} data-testid="pair-status">
      <StatusChip row={{ status: row.status, errorKind: null }} />
      <span className={`status-chip status-${legClass} pair-status-leg`} data-status-class={legClass} data-testid="pair-status-leg">
        {leg.errorKind ? CAUSE_WORDS[leg.errorKind] : (leg.status ?? '…')}
      </span>
    </span>
  );
}
