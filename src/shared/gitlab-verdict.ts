/** What GitLab would conclude about one target (a hook's URL) from its delivery history. */
import type { GitlabDeliveryVerdict } from './check-run';
import type { TransportErrorKind } from './delivery';

/** Gitlab.config.gitlab.webhook_timeout's default, and GitLab.com's fixed value: a slower answer is a timeout, a failure. */
export const GITLAB_TIMEOUT_MS = 10_000;

/** What GitLab concludes from one answer: a 2xx or 3xx within the time limit succeeds; anything else fails. */
export function answerVerdict(
  answer: { status: number | null; errorKind?: TransportErrorKind | null; durationMs: number | null },
  timeoutMs = GITLAB_TIMEOUT_MS,
): GitlabDeliveryVerdict {
  if (answer.errorKind === 'timeout' || (answer.durationMs ?? 0) > timeoutMs) return 'timeout';
  return answer.status !== null && answer.status >= 200 && answer.status < 400 ? 'success' : 'failure';
}

/** How GitLab would count one delivery: `skipped` while the hook was disabled (GitLab would not have sent it). */
export type DeliveryJudgement = 'success' | 'failure' | 'skipped';

export interface JudgedDelivery {
  id: number;
  at: number;
  judgement: DeliveryJudgement;
  /** Recent events' colour: green for 200-299 only, so a 3xx counts as a success and still shows red. */
  red: boolean;
  /** Answered after more than 1 s: GitLab's docs ask receivers to answer as fast as possible. */
  slow: boolean;
}

export interface GitlabVerdict {
  target: string;
  state: 'enabled' | 'temporarily-disabled' | 'disabled';
  /** Failures in a row at the end of the history. */
  failures: number;
  /** When the hook was (last) disabled, and when GitLab would try it again (null: never, or not disabled). */
  disabledAt: number | null;
  retryAt: number | null;
  deliveries: JudgedDelivery[];
  /** The verdict in words, e.g. "GitLab would have disabled this hook at 14:02 after 4 failures; it would try again at 14:03." */
  words: string;
  /** Said beside every verdict: self-managed instances may run without auto-disabling. */
  caveat: string;
}

/** The URL GitLab keeps a hook's history for: a forward's or send's, its query and fragment dropped. */
export function targetOf(url: string): string {
  const parsed = URL.parse(url);
  if (!parsed) return url;
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}
