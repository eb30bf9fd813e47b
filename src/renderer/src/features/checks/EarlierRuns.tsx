import { formatExactTime } from '../../components/format';
import { useApp } from '../../store/use-app';

/** The runs on the shown run's target, newest first; any one re-opens in place. */
export function EarlierRuns() {
  const runs = useApp((state) => state.checks.runsOnTarget);
  const shownId = useApp((state) => state.checks.shownRun?.id);
  const open = useApp((state) => state.checks.openCheckRun);
  if (runs.length < 2) return null;
  return (
    <nav className="earlier-runs" aria-label="Runs on this target">
      <h3>Runs on this target</h3>
      <ol>
        {runs.map((run) => (
          <li key={run.id}>
            <button
              type="button"
              className={run.id === shownId ? 'link-button earlier-run earlier-run-shown' : 'link-button earlier-run'}
              aria-current={run.id === shownId ? 'true' : undefined}
              title={`Started ${formatExactTime(run.startedAt)}`}
              onClick={() => void open(run.id)}
            >
              Run {run.id} · {new Date(run.startedAt).toLocaleTimeString()} · {run.passed} of {run.planned} passed{run.state === 'finished' ? '' : ` · ${run.state}`}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
