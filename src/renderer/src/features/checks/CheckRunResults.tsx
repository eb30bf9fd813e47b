import type { CheckCaseResult, CheckComparison, CheckRun } from '@shared/check-run';
import { CheckMatrix } from './CheckMatrix';
import { caseName, inboxLink } from './check-matrix';

const STATE_WORDS = { running: 'running', finished: 'finished', cancelled: 'cancelled' } as const;

/** The cases that changed, by name, each opening the delivery it sent this time. */
function ChangedCases({ keys, cases }: { keys: readonly string[]; cases: readonly CheckCaseResult[] }) {
  return keys.map((key, index) => {
    const result = cases.find((each) => each.key === key);
    const deliveryId = result?.deliveryIds[0];
    return (
      <span key={key}>
        {index > 0 && '; '}
        {result && deliveryId !== undefined ? <a href={inboxLink(deliveryId)}>{caseName(result)}</a> : key}
      </span>
    );
  });
}

function ComparisonLines({ comparison, cases }: { comparison: CheckComparison; cases: readonly CheckCaseResult[] }) {
  return (
    <div className="check-comparison" data-testid="check-comparison">
      <p>{comparison.summary}</p>
      {comparison.regressed.length > 0 && (
        <p className="check-comparison-regressed">
          <span aria-hidden="true">▼ </span>Regressed since run {comparison.previousRunId}: <ChangedCases keys={comparison.regressed} cases={cases} />
        </p>
      )}
      {comparison.better.length > 0 && (
        <p className="check-comparison-better">
          <span aria-hidden="true">▲ </span>Better since run {comparison.previousRunId}: <ChangedCases keys={comparison.better} cases={cases} />
        </p>
      )}
    </div>
  );
}

/** One run: where it stands, the summary in words, GitLab's disabling line, what changed, and the matrix. */
export function CheckRunResults({ run }: { run: CheckRun }) {
  return (
    <section className="check-run-results" aria-label={`Check run ${run.id}`}>
      <header className="check-run-head">
        <h3>
          Run {run.id} <span className="mono">{run.target}</span>
          {run.checkFile && <span className="muted"> with {run.checkFile}</span>}
        </h3>
        <p className="check-progress" role="status" data-testid="check-progress">
          {run.cases.length} of {run.planned} · {STATE_WORDS[run.state]}
        </p>
      </header>
      <p className="check-summary" data-testid="check-summary">
        {run.summary}
      </p>
      <p className={run.disabling ? 'check-disabling check-disabling-would' : 'check-disabling'} data-testid="check-disabling">
        {run.disabling ?? (run.state === 'running' ? 'GitLab would keep this hook enabled so far.' : 'GitLab would have kept this hook enabled through the whole run.')}
      </p>
      {run.comparison && <ComparisonLines comparison={run.comparison} cases={run.cases} />}
      <CheckMatrix cases={run.cases} comparison={run.comparison} />
    </section>
  );
}
