import type { ReactNode } from 'react';
import type { DeliveryDetail } from '@shared/delivery';
import { formatDuration } from '../format';
import { StatusChip } from '../StatusChip';
import { useApp } from '../../store/use-app';
import { ResponseTab } from './ResponseTab';

/** What a send got back, under the form that sent it: the Inbox's Response tab, with a way to the delivery. */
export function SentResponse({ sent, children }: { sent: DeliveryDetail; children?: ReactNode }) {
  const open = useApp((state) => state.open);
  const showScreen = useApp((state) => state.showScreen);
  return (
    <>
      <header className="send-result-summary">
        <h3>Response</h3>
        <StatusChip row={sent} />
        <span title="Duration">{formatDuration(sent.durationMs)}</span>
        <span className="mono send-result-url" title={sent.url}>
          {sent.method} {sent.url}
        </span>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="link-button"
          onClick={() => {
            open(sent.id);
            showScreen('inbox');
          }}
        >
          Delivery #{sent.id} in the Inbox
        </button>
      </header>
      {children}
      <ResponseTab key={sent.id} detail={sent} />
    </>
  );
}
