import { CHECK_CASE_KINDS, type CheckCaseKind, type CheckCaseResult, type CheckComparison, type CheckOutcome } from '@shared/check-run';
import { formatDuration } from '../../components/format';

const KIND_HEADINGS: Record<CheckCaseKind, string> = {
  'as-gitlab-sends': 'As GitLab sends',
  'wrong-token': 'Wrong token',
  'missing-token': 'Missing token',
  'tampered-body': 'Tampered body',
  'foreign-signature': 'Signature from another key',
  'stale-signature': 'Signature over 5 min old',
  resend: 'Resend',
  'new-branch': 'New branch',
  'deleted-branch': 'Deleted branch',
  'many-commits': 'Over 20 commits',
  'tag-push': 'Tag push',
  unicode: 'Non-ASCII text',
  'near-size-limit': 'Near 25 MB',
  'unhandled-event': 'Not handled',
};

/** The matrix's columns in the core's order: GitLab's own sending first, then what it guards against. */
export const CASE_KINDS = CHECK_CASE_KINDS.map((kind) => ({ kind, heading: KIND_HEADINGS[kind] }));

export const OUTCOME_WORDS: Record<CheckOutcome, string> = {
  passed: 'passed',
  failed: 'failed',
  reported: 'reported',
  'internal-error': 'internal error',
};

export type ChangeSinceLastRun = 'regressed' | 'better' | null;

export interface MatrixRow {
  event: string;
  /** By column: the cases of this event and kind, one per variant, in the order they ran. */
  cells: ReadonlyMap<CheckCaseKind, readonly CheckCaseResult[]>;
}

export interface CheckMatrix {
  columns: ReadonlyArray<{ kind: CheckCaseKind; heading: string }>;
  rows: readonly MatrixRow[];
}

/** Events down in the order they ran, only the case kinds the run has across. */
export function buildMatrix(cases: readonly CheckCaseResult[]): CheckMatrix {
  const rows = new Map<string, Map<CheckCaseKind, CheckCaseResult[]>>();
  for (const result of cases) {
    const cells = rows.get(result.event) ?? new Map<CheckCaseKind, CheckCaseResult[]>();
    rows.set(result.event, cells);
    cells.set(result.kind, [...(cells.get(result.kind) ?? []), result]);
  }
  const present = new Set(cases.map((result) => result.kind));
  return {
    columns: CASE_KINDS.filter((column) => present.has(column.kind)),
    rows: [...rows].map(([event, cells]) => ({ event, cells })),
  };
}

export function changeSinceLastRun(comparison: CheckComparison | null, key: string): ChangeSinceLastRun {
  if (comparison?.regressed.includes(key)) return 'regressed';
  if (comparison?.better.includes(key)) return 'better';
  return null;
}

/** What a cell's chip says: the status the receiver gave, or why there is none. */
export function answerWords(result: Pick<CheckCaseResult, 'status' | 'gitlab' | 'outcome'>): string {
  if (result.status !== null) return String(result.status);
  if (result.gitlab === 'timeout') return 'timeout';
  return OUTCOME_WORDS[result.outcome];
}

/** A case by name: its event, its variant, and its kind unless it is the plain one. */
export function caseName(result: Pick<CheckCaseResult, 'event' | 'variant' | 'kind'>): string {
  const variant = result.variant ? ` \`${result.variant}\`` : '';
  return `${result.event}${variant}${result.kind === 'as-gitlab-sends' ? '' : ` (${KIND_HEADINGS[result.kind].toLowerCase()})`}`;
}

/** The case in one line, for a cell's hover and focus: what was sent, what came back, and the verdict. */
export function caseWords(result: CheckCaseResult, change: ChangeSinceLastRun): string {
  const since = change === 'regressed' ? ' Regressed since the previous run.' : change === 'better' ? ' Better than the previous run.' : '';
  const jenkins = result.jenkins ? ` Jenkins: ${result.jenkins}` : '';
  const variant = result.variant ? ` \`${result.variant}\`` : '';
  return `${result.event}${variant}, ${result.title}: ${OUTCOME_WORDS[result.outcome]} (${result.message}, in ${formatDuration(result.durationMs)}).${since}${jenkins}`;
}

/** A delivery's place in the Inbox, as the Inbox reads its URL. */
export const inboxLink = (deliveryId: number) => `#/inbox?id=${deliveryId}`;
