import { useState } from 'react';
import type { StoryPreview } from '@shared/scenario';
import { Field } from '../../components/Field';
import { LazyCodeView } from '../../components/LazyCodeView';
import { PaneError } from '../../components/PaneError';
import { useApp } from '../../store/use-app';
import { ScenarioStepRow } from './ScenarioStepRow';

/** The told story of one scenario: where it plays, Play all / Next step, each step with its answer, and the chosen step's payload. */
export function ScenarioStory({ story, onRetell }: { story: StoryPreview; onRetell: () => void }) {
  const target = useApp((state) => state.scenarios.target);
  const setTarget = useApp((state) => state.scenarios.setTarget);
  const played = useApp((state) => state.scenarios.played);
  const nextStep = useApp((state) => state.scenarios.nextStep);
  const playing = useApp((state) => state.scenarios.playing);
  const playError = useApp((state) => state.scenarios.playError);
  const playNextStep = useApp((state) => state.scenarios.playNextStep);
  const playAll = useApp((state) => state.scenarios.playAll);
  const stop = useApp((state) => state.scenarios.stopPlaying);
  const waitDelays = useApp((state) => state.scenarios.waitDelays);
  const setWaitDelays = useApp((state) => state.scenarios.setWaitDelays);
  const [shownStep, setShownStep] = useState(1);
  const finished = nextStep > story.steps.length;
  const shown = story.steps.find((step) => step.step === shownStep) ?? story.steps[0];

  return (
    <section className="scenario-story" aria-label="Story">
      <div className="scenario-controls">
        <Field label="Target" hint="Empty: Hookbench's own receiver. Tokens: the receiver tokens set in Settings.">
          <input value={target} onChange={(event) => setTarget(event.target.value)} placeholder="http://localhost:3000/hooks" data-testid="scenario-target" />
        </Field>
        <div className="scenario-buttons">
          <button type="button" className="button button-primary" disabled={playing || finished} onClick={() => void playAll()}>
            Play all
          </button>
          <button type="button" className="button" disabled={playing || finished} onClick={() => void playNextStep()}>
            Next step
          </button>
          {playing && (
            <button type="button" className="button" onClick={stop}>
              Stop
            </button>
          )}
          <button type="button" className="button" disabled={playing} onClick={onRetell} title="A new seed: new SHAs and ids, starting now">
            New story
          </button>
          <label className="scenario-wait">
            <input type="checkbox" checked={waitDelays} onChange={(event) => setWaitDelays(event.target.checked)} /> Wait each step's delay
          </label>
          <span className="muted" data-testid="scenario-seed">
            Seed {story.seed}
            {finished ? ' · all steps played' : ` · next: step ${nextStep} of ${story.steps.length}`}
          </span>
        </div>
        <PaneError message={playError} />
      </div>
      <div className="scenario-body">
        <ol className="scenario-steps">
          {story.steps.map((step) => (
            <ScenarioStepRow
              key={step.step}
              step={step}
              played={played[step.step]}
              isNext={step.step === nextStep}
              selected={step.step === shown.step}
              onSelect={() => setShownStep(step.step)}
            />
          ))}
        </ol>
        <div className="scenario-payload" aria-label={`Payload of step ${shown.step}`} data-testid="scenario-payload">
          <h3>
            Step {shown.step}: {shown.title} <span className="muted">({shown.header})</span>
          </h3>
          <LazyCodeView value={shown.payload} language="json" layout="text" wrap={false} />
        </div>
      </div>
    </section>
  );
}
