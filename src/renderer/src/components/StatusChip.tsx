import { statusClass, statusLabel, type DeliveryRow } from '@shared/delivery';

/** GitLab's Recent-events colours, always with the code or the words beside them. */
export function StatusChip({ row }: { row: Pick<DeliveryRow, 'status' | 'errorKind'> }) {
  const kind = statusClass(row);
  return (
    <span className={`status-chip status-${kind}`} data-status-class={kind}>
      {kind === 'pending' && <span className="spinner" aria-hidden="true" />}
      {statusLabel(row)}
    </span>
  );
}
