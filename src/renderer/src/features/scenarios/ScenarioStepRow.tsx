import type { PlayedStep, StoryStepPreview } from '@shared/scenario';
import { StatusChip } from '../../components/StatusChip';
import { formatDuration } from '../../components/format';
import { InboxDeliveryLink } from '../../components/InboxDeliveryLink';

interface ScenarioStepRowProps {
  step: StoryStepPreview;
  played: PlayedStep | undefined;
  isNext: boolean;
  selected: boolean;
  onSelect: () => void;
}

/** One step: its title and event, when it happens in the story, and once played its answer, GitLab's verdict and its delivery. */
export function ScenarioStepRow({ step, played, isNext, selected, onSelect }: ScenarioStepRowProps) {
  return (
    <li
      className={`scenario-step${selected ? ' scenario-step-selected' : ''}${isNext ? ' scenario-step-next' : ''}`}
      data-testid="scenario-step"
      data-step={step.step}
      data-gitlab={played?.gitlab}
    >
      <button type="button" className="scenario-step-title" aria-pressed={selected} onClick={onSelect}>
        <span className="scenario-step-number">{step.step}</span> {step.title}
        <span className="muted"> · {step.header} · {new Date(step.at).toLocaleTimeString()}</span>
        {isNext && <span className="scenario-next-mark"> (next)</span>}
      </button>
      {played && (
        <div className="scenario-step-answer" data-testid="scenario-step-answer">
          <StatusChip row={played} />
          <span title="Duration">{formatDuration(played.durationMs)}</span>
          <span className="scenario-step-words">{played.words}</span>
          <InboxDeliveryLink id={played.deliveryId}>Delivery #{played.deliveryId}</InboxDeliveryLink>
        </div>
      )}
    </li>
  );
}
