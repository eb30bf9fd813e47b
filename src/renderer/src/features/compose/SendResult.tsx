import { formatDuration } from '../../components/format';
import { StatusChip } from '../../components/StatusChip';
import { useApp } from '../../store/use-app';
import { ResponseTab } from '../detail/ResponseTab';

/** What the receiver answered to the last send: the same view as the Inbox's Response tab. */
export function SendResult() {
  const sent = useApp((state) => state.lastSent);
  const error = useApp((state) => state.composeError);
  const open = useApp((state) => state.open);
  const showScreen = useApp((state) => state.showScreen);

  return (
    <section className="send-result" aria-label="Response" data-testid="send-result">
      {error && (
        <p className="body-note body-note-error" role="alert">
          {error}
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
          <ResponseTab key={sent.id} detail={sent} />
        </>
      )}
    </section>
  );
}
