/** A check run as the terminal shows it: the matrix (events down, case kinds across), what failed, the summary. */
import { CHECK_CASE_KINDS, type CheckCaseKind, type CheckCaseResult, type CheckOutcome, type CheckRun } from '@shared/check-run';

/** Column heads short enough for fourteen columns in a terminal; the legend says what each is. */
const COLUMN_HEADS: Record<CheckCaseKind, string> = {
  'as-gitlab-sends': 'sent',
  'wrong-token': 'bad-tok',
  'missing-token': 'no-tok',
  'tampered-body': 'tamper',
  'foreign-signature': 'foreign',
  'stale-signature': 'stale',
  resend: 'resend',
  'new-branch': 'new-br',
  'deleted-branch': 'del-br',
  'many-commits': '>20',
  'tag-push': 'tag',
  unicode: 'unicode',
  'near-size-limit': '25MB',
  'unhandled-event': 'unhandl',
};

const MARKS: Record<CheckOutcome, string> = { passed: '✓', failed: '✗', 'internal-error': '!', reported: '·' };
/** A cell holding several cases shows the worst of them. */
const WORST_FIRST: readonly CheckOutcome[] = ['failed', 'internal-error', 'reported', 'passed'];

function cell(cases: readonly CheckCaseResult[]): string {
  const worst = WORST_FIRST.find((outcome) => cases.some((c) => c.outcome === outcome));
  return worst ? MARKS[worst] : '';
}

/** Wide enough for every column head. */
const COLUMN_WIDTH = 8;

export function matrixText(run: CheckRun): string {
  const kinds = CHECK_CASE_KINDS.filter((kind) => run.cases.some((c) => c.kind === kind));
  const events = [...new Set(run.cases.map((c) => c.event))];
  const width = Math.max(5, ...events.map((event) => event.length));
  const row = (first: string, cells: readonly string[]) => [first.padEnd(width), ...cells.map((c) => c.padEnd(COLUMN_WIDTH))].join(' ').trimEnd();
  const lines = [row('', kinds.map((kind) => COLUMN_HEADS[kind]))];
  for (const event of events) lines.push(row(event, kinds.map((kind) => cell(run.cases.filter((c) => c.event === event && c.kind === kind)))));
  const legend = kinds.map((kind) => `${COLUMN_HEADS[kind]} = ${kind}`).join(', ');
  return `${lines.join('\n')}\n\n✓ passed  ✗ failed  ! internal error  · reported (noted, not failed)\nColumns: ${legend}\n`;
}

const shown = (result: CheckCaseResult) => `${MARKS[result.outcome]} ${result.title}: ${result.message}`;

/** The matrix, every case that did not pass and why, what the Jenkins plugin would do, then the summary, the disabling and the comparison. */
export function runText(run: CheckRun): string {
  const blocks = [matrixText(run)];
  const noted = run.cases.filter((c) => c.outcome !== 'passed');
  if (noted.length > 0) blocks.push(`${noted.map(shown).join('\n')}\n`);
  const jenkins = run.cases.filter((c) => c.jenkins !== null);
  if (jenkins.length > 0) blocks.push(`What the Jenkins GitLab plugin would do:\n${jenkins.map((c) => `  ${c.title}: ${c.jenkins}`).join('\n')}\n`);
  const verdict = [
    `Check run ${run.id} of ${run.target}${run.checkFile ? ` (${run.checkFile})` : ''}: ${run.summary}`,
    ...(run.disabling ? [run.disabling] : []),
    ...(run.comparison ? [run.comparison.summary] : []),
  ];
  blocks.push(`${verdict.join('\n')}\n`);
  return blocks.join('\n');
}
