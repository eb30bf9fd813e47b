import { useEffect, useRef } from 'react';
import { useApp } from '../../store/use-app';
import { SentResponse } from '../../components/delivery-view/SentResponse';
import { TriggerExplanationNote } from '../../components/TriggerExplanationNote';

/** What came back, explained in words, with the pipeline or queue item to open. */
export function TriggerResult() {
  const result = useApp((state) => state.triggerResult);
  const error = useApp((state) => state.triggerError);
  const notice = useApp((state) => state.triggerNotice);
  const section = useRef<HTMLElement>(null);

  // The answer is what the user waits for after Send: it comes into view however long the form above it is.
  useEffect(() => {
    if (result || error) section.current?.scrollIntoView({ block: 'nearest' });
  }, [result, error]);

  return (
    <section className="send-result" aria-label="Response" data-testid="trigger-result" ref={section}>
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
