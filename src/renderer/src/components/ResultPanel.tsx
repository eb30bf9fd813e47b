import { useEffect, useRef, type ReactNode } from 'react';
import type { DeliveryDetail } from '@shared/delivery';
import { ResponseTab } from './delivery-view/ResponseTab';
import { formatDuration } from './format';
import { InboxDeliveryLink } from './InboxDeliveryLink';
import { StatusChip } from './StatusChip';

interface ResultPanelProps {
  testId: string;
  /** The delivery the last send made, null before the first one. */
  sent: DeliveryDetail | null;
  /** Why the last send did not go, in words. */
  error: string | null;
  /** A word about the last action that is not a failure ("Saved."). */
  notice?: string | null;
  /** Words about the answer, between its summary and its headers: a trigger call's explanation. */
  explanation?: ReactNode;
  /** Scrolls the answer into view when it comes, for a screen whose form above it can outgrow the window. */
  revealOnResult?: boolean;
}

/**
 * What a send got back, under the form that sent it (Compose and Triggers): the status, the time it took, the
 * Inbox's Response tab, and a way to the delivery in the Inbox.
 */
export function ResultPanel({ testId, sent, error, notice, explanation, revealOnResult = false }: ResultPanelProps) {
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    if (revealOnResult && (sent || error)) section.current?.scrollIntoView({ block: 'nearest' });
  }, [revealOnResult, sent, error]);

  return (
    <section className="send-result" aria-label="Response" data-testid={testId} ref={section}>
      {error && (
        <p className="body-note body-note-error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="body-note" role="status">
          {notice}
        </p>
      )}
      {sent && (
        <>
          <header className="send-result-summary">
            <h3>Response</h3>
            <StatusChip row={sent} />
            <span title="Duration">{formatDuration(sent.durationMs)}</span>
            <span className="mono send-result-url" title={sent.url}>
              {sent.method} {sent.url}
            </span>
            <span className="toolbar-spacer" />
            <InboxDeliveryLink id={sent.id}>Delivery #{sent.id} in the Inbox</InboxDeliveryLink>
          </header>
          {explanation}
          <ResponseTab key={sent.id} detail={sent} />
        </>
      )}
    </section>
  );
}
