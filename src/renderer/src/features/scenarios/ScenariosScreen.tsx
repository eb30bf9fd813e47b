import { useEffect } from 'react';
import { FolderLine } from '../../components/FolderLine';
import { PaneError } from '../../components/PaneError';
import { useApp } from '../../store/use-app';
import { ScenarioStory } from './ScenarioStory';
import './scenarios.css';

/** The scenarios (built in, then the files of `scenarios/`), and the chosen one's story, played step by step or all at once. */
export function ScenariosScreen() {
  const scenarios = useApp((state) => state.scenarios.scenarios);
  const error = useApp((state) => state.scenarios.scenariosError);
  const story = useApp((state) => state.scenarios.story);
  const load = useApp((state) => state.scenarios.loadScenarios);
  const choose = useApp((state) => state.scenarios.chooseScenario);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="scenarios-screen">
      <header className="scenarios-header">
        <h2>Scenarios</h2>
        {scenarios && <FolderLine folder={scenarios.folder} testId="scenarios-folder" />}
        <p className="muted">
          A scenario is a chain of GitLab events telling one story: the same project, SHAs, pipeline and job ids and merge request
          from step to step, times that move forward. Each step is sent as GitLab sends it and shows up in the Inbox.
        </p>
      </header>
      <PaneError message={error} />
      <div className="scenarios-body">
        <ul className="scenario-list" aria-label="Scenarios">
          {scenarios?.entries.map((entry) => (
            <li key={entry.id} className="scenario-entry" data-testid="scenario-entry">
              <button
                type="button"
                className={story?.scenario === entry.id ? 'scenario-choice scenario-choice-active' : 'scenario-choice'}
                disabled={entry.steps === null}
                aria-pressed={story?.scenario === entry.id}
                onClick={() => void choose(entry.id)}
              >
                <strong>{entry.name}</strong>
                <span className="muted"> {entry.source === 'file' ? entry.id : 'built in'}{entry.steps ? ` · ${entry.steps.length} steps` : ''}</span>
              </button>
              {entry.description && <div className="muted">{entry.description}</div>}
              {entry.problem && <div className="field-error">{entry.problem}</div>}
            </li>
          ))}
        </ul>
        {story ? (
          <ScenarioStory key={`${story.scenario}:${story.seed}`} story={story} onRetell={() => void choose(story.scenario)} />
        ) : (
          <p className="pane-message">Choose a scenario to see its steps and play it.</p>
        )}
      </div>
    </div>
  );
}
