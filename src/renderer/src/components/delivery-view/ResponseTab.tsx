import type { DeliveryDetail } from '@shared/delivery';
import { StatusChip } from '../StatusChip';
import { BodyPanel } from './BodyPanel';
import { HeaderRows } from '../HeaderRows';

const ERROR_KIND_WORDS = {
  refused: 'The connection was refused',
  timeout: 'The request timed out',
  tls: 'The TLS handshake failed',
  reset: 'The connection was reset',
  other: 'The request failed',
} as const;

export function ResponseTab({ detail }: { detail: DeliveryDetail }) {
  if (detail.errorKind && detail.status !== null && detail.responseHeaders) {
    // A forward's capture: its target failed, and the sender got Hookbench's answer saying so.
    return (
      <div className="detail-tab-body">
        <p className="body-note body-note-error">
          <StatusChip row={detail} /> {ERROR_KIND_WORDS[detail.errorKind]} at the forward's target; the sender got this answer.
          {detail.errorMessage && <span className="mono"> {detail.errorMessage}</span>}
        </p>
        <HeaderRows mode="read-only" rows={detail.responseHeaders} title="Response headers" />
        <BodyPanel detail={detail} part="response" />
      </div>
    );
  }
  if (detail.errorKind) {
    return (
      <div className="detail-tab-body">
        <p className="body-note body-note-error">
          <StatusChip row={detail} /> {ERROR_KIND_WORDS[detail.errorKind]}: no HTTP response came back.
          {detail.errorMessage && <span className="mono"> {detail.errorMessage}</span>}
        </p>
      </div>
    );
  }
  if (detail.status === null || !detail.responseHeaders) {
    return (
      <div className="detail-tab-body">
        <p className="body-note">
          <StatusChip row={detail} /> Waiting for the response…
        </p>
      </div>
    );
  }
  return (
    <div className="detail-tab-body">
      <HeaderRows mode="read-only" rows={detail.responseHeaders} title="Response headers" />
      <BodyPanel detail={detail} part="response" />
    </div>
  );
}
