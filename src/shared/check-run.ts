/**
 * Receiver checks: GitLab's catalogue and its edge cases played at a receiver, each answer judged the way GitLab
 * (and, for a Jenkins GitLab-plugin target, the plugin) would. The matrix has events down and case kinds across.
 */

/** The matrix's columns. */
export type CheckCaseKind =
  /** One event × variant, sent exactly as GitLab does (compact JSON, headers, signature). */
  | 'as-gitlab-sends'
  | 'wrong-token'
  | 'missing-token'
  | 'tampered-body'
  | 'foreign-signature'
  | 'stale-signature'
  /** The same delivery twice with the same Idempotency-Key / webhook-id, as GitLab's Resend does. */
  | 'resend'
  | 'new-branch'
  | 'deleted-branch'
  | 'many-commits'
  | 'tag-push'
  | 'unicode'
  | 'near-size-limit'
  /** An event the check file says the receiver does not handle: only GitLab's verdict counts. */
  | 'unhandled-event';

/** Every kind, in the matrix's column order. */
export const CHECK_CASE_KINDS: readonly CheckCaseKind[] = [
  'as-gitlab-sends', 'wrong-token', 'missing-token', 'tampered-body', 'foreign-signature', 'stale-signature', 'resend',
  'new-branch', 'deleted-branch', 'many-commits', 'tag-push', 'unicode', 'near-size-limit', 'unhandled-event',
];

/**
 * `reported`: noted, not failed (a token case run without the receiver's token, a stale signature without a
 * tolerance, two different answers to a resend); `internal-error`: the case could not be sent (as Recent events).
 */
export type CheckOutcome = 'passed' | 'failed' | 'reported' | 'internal-error';

/** GitLab's conclusion about one delivery: 2xx/3xx within 10 s is a success. */
export type GitlabDeliveryVerdict = 'success' | 'failure' | 'timeout';

export interface CheckCaseResult {
  /** Stable across runs on any target, e.g. `Merge Request Hook/approval/as-gitlab-sends`: what comparisons key on. */
  key: string;
  /** The matrix row: the X-Gitlab-Event it sent. */
  event: string;
  variant: string | null;
  kind: CheckCaseKind;
  /** The case in words: "a wrong X-Gitlab-Token". */
  title: string;
  outcome: CheckOutcome;
  /** The receiver's last status; null for a timeout or a transport error. */
  status: number | null;
  /** When its first request went, epoch ms. */
  sentAt: number;
  durationMs: number;
  gitlab: GitlabDeliveryVerdict;
  /** The deliveries it stored (origin `check`), in order: two for a resend. Each opens from the matrix cell. */
  deliveryIds: number[];
  /** Why it passed or failed, or what was noticed, in words: "answered 500", "the receiver accepts a wrong X-Gitlab-Token". */
  message: string;
  /** For a Jenkins GitLab-plugin target: what the plugin would do with it, in words; null otherwise. */
  jenkins: string | null;
}

export interface CheckRunRequest {
  /** The receiver's URL (user:pass@ becomes Basic auth, as GitLab does); empty to use the check file's target. */
  to: string;
  /** A check file in the samples folder's `checks/`: its case selection and expectations (its target unless `to`). */
  checkFile?: string | null;
  /**
   * A check file's text given by the caller instead of one in `checks/` (the CLI's --check with a path, as CI
   * has it in the receiver's repository); `checkFile` is then the name it is known by.
   */
  checkFileText?: string;
  /** Only these events, by X-Gitlab-Event (`Push Hook`) or short name (`push`, `merge_request`); all by default. */
  events?: string[];
  /** Only these case kinds; all by default. */
  kinds?: CheckCaseKind[];
  /** The receiver's secret token and signing token for this run; when absent, the secret store's are used. */
  secretToken?: string | null;
  signingToken?: string | null;
  /**
   * How long each case waits for an answer before it is a timeout: GitLab's 10 s (GITLAB_TIMEOUT_MS) unless set
   * (from 100 ms up to 10 s); shorter only to keep a test or a quick look short.
   */
  caseTimeoutMs?: number;
}

export type CheckRunState = 'running' | 'finished' | 'cancelled';

export interface CheckRunSummary {
  id: number;
  target: string;
  checkFile: string | null;
  state: CheckRunState;
  /** Epoch ms. */
  startedAt: number;
  finishedAt: number | null;
  planned: number;
  passed: number;
  failed: number;
  reported: number;
  internalErrors: number;
  /** In words: "31 of 34 passed; Merge Request Hook `approval` answered 500; the receiver accepts a wrong token". */
  summary: string;
}

export interface CheckComparison {
  previousRunId: number;
  /** Case keys that failed (or errored) then and pass now. */
  better: string[];
  /** Case keys that passed then and fail (or error) now. */
  regressed: string[];
  /** In words: "2 regressed since run 4: …; 1 got better: …". */
  summary: string;
}

export interface CheckRun extends CheckRunSummary {
  /** The cases done so far, in the order they ran. */
  cases: CheckCaseResult[];
  /** When the run's failures would have had GitLab disable the hook, in words ("after case 12 …"); null if never. */
  disabling: string | null;
  /** Against the previous finished run on the same target; null when there is none. */
  comparison: CheckComparison | null;
}

export interface CheckFileEntry {
  file: string;
  name: string;
  /** The target it names (never a secret), or null. */
  target: string | null;
  /** Why the file cannot be used, in words; null when it can. */
  problem: string | null;
}

export interface CheckFiles {
  folder: string;
  entries: CheckFileEntry[];
}
