import { useApp } from '../../store/use-app';
import { SentResponse } from '../../components/delivery-view/SentResponse';

/** What the receiver answered to the last send. */
export function SendResult() {
  const sent = useApp((state) => state.lastSent);
  const error = useApp((state) => state.composeError);

  return (
    <section className="send-result" aria-label="Response" data-testid="send-result">
      {error && (
        <p className="body-note body-note-error" role="alert">
          {error}
        </p>
      )}
      {sent && <SentResponse sent={sent} />}
    </section>
  );
}
