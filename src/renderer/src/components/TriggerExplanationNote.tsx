import type { TriggerExplanation } from '@shared/trigger-preset';
import './answer-note.css';

/** A trigger call's answer in words: on the Triggers screen when sent, in the Inbox when looked at later. */
export function TriggerExplanationNote({ explanation }: { explanation: TriggerExplanation }) {
  return (
    <div className={explanation.ok ? 'answer-note' : 'answer-note answer-note-failed'} data-testid="trigger-explanation">
      <strong>{explanation.summary}</strong>
      {explanation.detail && <p>{explanation.detail}</p>}
      {explanation.link && (
        <a href={explanation.link} target="_blank" rel="noreferrer noopener" className="mono">
          {explanation.link}
        </a>
      )}
    </div>
  );
}
