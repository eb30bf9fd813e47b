/** A run said in words: the summary line, the comparison with the run before it, where GitLab would have disabled the hook. */
import type { CheckCaseResult, CheckComparison, CheckRun } from '@shared/check-run';
import { gitlabVerdict } from '../gitlab-verdict/gitlab-verdict';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Failures named in the summary; the matrix has the rest. */
const NAMED_FAILURES = 5;

/** "Merge Request Hook `approved` answered 500", or the case's own sentence when it names the receiver. */
function failurePhrase(result: CheckCaseResult): string {
  if (result.message.startsWith('the receiver')) return result.message.replace(/ \(answered \d+\)$/, '');
  const named = result.kind === 'as-gitlab-sends' || result.kind === 'unhandled-event'
    ? `${result.event}${result.variant === null ? '' : ` \`${result.variant}\``}`
    : result.title;
  return `${named} ${result.message.replace(/: .*$/, '')}`;
}

export function runSummary(run: Pick<CheckRun, 'cases' | 'planned' | 'state'>): string {
  const { cases } = run;
  const passed = cases.filter((c) => c.outcome === 'passed').length;
  const bad = cases.filter((c) => c.outcome === 'failed' || c.outcome === 'internal-error');
  const reported = cases.filter((c) => c.outcome === 'reported').length;
  const parts = [`${passed} of ${run.planned} passed`];
  parts.push(...bad.slice(0, NAMED_FAILURES).map(failurePhrase));
  if (bad.length > NAMED_FAILURES) parts.push(`${bad.length - NAMED_FAILURES} more failed`);
  if (reported > 0) parts.push(`${reported} reported`);
  if (run.state === 'cancelled') parts.push(`cancelled after ${plural(cases.length, 'case')}`);
  if (run.state === 'running') parts.push(`${run.planned - cases.length} to go`);
  return parts.join('; ');
}

const isBad = (result: CheckCaseResult) => result.outcome === 'failed' || result.outcome === 'internal-error';

export function compareRuns(previous: CheckRun, current: readonly CheckCaseResult[]): CheckComparison {
  const before = new Map(previous.cases.map((c) => [c.key, c]));
  const better: string[] = [];
  const regressed: string[] = [];
  for (const now of current) {
    const then = before.get(now.key);
    if (!then) continue;
    if (isBad(then) && now.outcome === 'passed') better.push(now.key);
    if (then.outcome === 'passed' && isBad(now)) regressed.push(now.key);
  }
  const parts = [];
  if (regressed.length > 0) parts.push(`${regressed.length} regressed since run ${previous.id}: ${regressed.join(', ')}`);
  if (better.length > 0) parts.push(`${better.length} got better${regressed.length > 0 ? '' : ` since run ${previous.id}`}: ${better.join(', ')}`);
  return { previousRunId: previous.id, better, regressed, summary: parts.length > 0 ? parts.join('; ') : `No case changed since run ${previous.id}.` };
}

/** The sends a hook's count sees, one per delivery in the order they went. */
export interface RunDelivery {
  id: number;
  at: number;
  status: number | null;
  durationMs: number;
  /** 1-based, as the matrix counts cases. */
  caseNumber: number;
  caseTitle: string;
}

/**
 * Where the run's failures would have had GitLab disable the hook, from GitLab's rules over this run's own
 * deliveries only: a check run moves no target's count. Null when it never would.
 */
export function disablingWords(deliveries: readonly RunDelivery[], gitlabVersion: string): string | null {
  const options = { gitlabVersion, now: Number.MAX_SAFE_INTEGER, formatTime: () => '' };
  for (let i = 0; i < deliveries.length; i++) {
    const verdict = gitlabVerdict('', deliveries.slice(0, i + 1), options);
    if (verdict.disabledAt === null) continue;
    const full = gitlabVerdict('', deliveries, options);
    const skipped = full.deliveries.filter((d) => d.judgement === 'skipped').length;
    const forGood = verdict.state === 'disabled';
    const why = forGood && verdict.failures < 40
      ? `a ${deliveries[i].status} answer (before GitLab 17.11 a 4xx disabled a hook for good)`
      : `${plural(verdict.failures, 'failure')} in a row`;
    const after = `GitLab would have disabled this hook ${forGood ? 'for good' : 'for a while'} after case ${deliveries[i].caseNumber} (${deliveries[i].caseTitle}): ${why}`;
    return skipped > 0 ? `${after}; it sends nothing while a hook is disabled, so ${skipped === 1 ? '1 later delivery' : `${skipped} later deliveries`} would not have gone out.` : `${after}.`;
  }
  return null;
}
