import { useEffect } from 'react';
import { PaneError } from '../../components/PaneError';
import { useApp } from '../../store/use-app';
import { CheckRunForm } from './CheckRunForm';
import { CheckRunResults } from './CheckRunResults';
import { EarlierRuns } from './EarlierRuns';
import { useChecksUrl } from './use-checks-url';
import './checks.css';

/** Play GitLab's catalogue and its edge cases at a receiver, and read the verdicts. */
export function ChecksScreen() {
  const run = useApp((state) => state.checks.shownRun);
  const error = useApp((state) => state.checks.checksError);
  const loadChoices = useApp((state) => state.checks.loadCheckChoices);
  useChecksUrl();
  useEffect(() => {
    void loadChoices();
  }, [loadChoices]);

  return (
    <div className="checks-screen">
      <header className="checks-header">
        <h2>Checks</h2>
        <p className="muted">
          Every event and variant, sent exactly as GitLab sends it, with the edge cases a receiver meets: wrong tokens and
          signatures, resends, branch pushes, big bodies. Each answer is judged as GitLab would; every case opens its delivery.
        </p>
      </header>
      <PaneError message={error} />
      <div className="checks-body">
        <div className="checks-side">
          <CheckRunForm />
          <EarlierRuns />
        </div>
        {run ? (
          <CheckRunResults run={run} />
        ) : (
          <p className="muted checks-empty" data-testid="checks-empty">
            No run shown yet: give the receiver's URL and press Run.
          </p>
        )}
      </div>
    </div>
  );
}
