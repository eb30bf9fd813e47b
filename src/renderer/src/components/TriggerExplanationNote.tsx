import type { TriggerExplanation } from '@shared/trigger-preset';

/** A trigger call's answer in words: on the Triggers screen when sent, in the Inbox when looked at later. */
export function TriggerExplanationNote({ explanation }: { explanation: TriggerExplanation }) {
  return (
    <div className={explanation.ok ? 'trigger-explanation' : 'trigger-explanation trigger-explanation-failed'} data-testid="trigger-explanation">
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
