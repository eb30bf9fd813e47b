import { useApp } from '../../store/use-app';
import { SentResponse } from '../../components/delivery-view/SentResponse';
import { TriggerExplanationNote } from '../../components/TriggerExplanationNote';

/** What came back, explained in words, with the pipeline or queue item to open. */
export function TriggerResult() {
  const result = useApp((state) => state.triggerResult);
  const error = useApp((state) => state.triggerError);
  const notice = useApp((state) => state.triggerNotice);

  return (
    <section className="send-result" aria-label="Response" data-testid="trigger-result">
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
      {result && (
        <SentResponse sent={result.detail}>
          <TriggerExplanationNote explanation={result.explanation} />
        </SentResponse>
      )}
    </section>
  );
}
