/**
 * GitLab's auto-disabling (gitlab-protocol.md §3.3), replayed over a target's history: a 2xx or 3xx within 10 s
 * succeeds and resets the count; anything else fails; the 4th failure in a row disables the hook for 1 minute,
 * each further one doubles that up to 24 h, and the 40th disables it for good (GitLab 17.11 and later; before,
 * a 4xx disabled it for good at once). While a hook is disabled GitLab sends nothing, so those deliveries are
 * skipped, not counted. Pure: the clock and the time format come from the caller.
 */
import { answerVerdict, type GitlabVerdict, type JudgedDelivery } from '@shared/gitlab-verdict';

export interface TargetDelivery {
  id: number;
  /** Epoch ms when it was sent. */
  at: number;
  status: number | null;
  durationMs: number | null;
}

export interface VerdictOptions {
  /** Settings' GitLab version, like "17.10.2". */
  gitlabVersion: string;
  now: number;
  /** How a time is said in the words, e.g. "14:02". */
  formatTime: (at: number) => string;
}

const SLOW_MS = 1_000;
const TEMPORARY_AFTER = 4;
const PERMANENT_AFTER = 40;
const INITIAL_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 24 * 60 * 60_000;

export const SELF_MANAGED_CAVEAT =
  'Self-managed GitLab may have auto-disabling turned off (the auto_disabling_web_hooks flag); GitLab.com has it on.';

/** Whether the version is older than major.minor; an unreadable version is taken as current. */
function olderThan(version: string, major: number, minor: number): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!match) return false;
  const [given, givenMinor] = [Number(match[1]), Number(match[2])];
  return given < major || (given === major && givenMinor < minor);
}

const succeeded = (delivery: TargetDelivery) => answerVerdict(delivery) === 'success';

function backoffMs(failures: number): number {
  return Math.min(INITIAL_BACKOFF_MS * 2 ** (failures - TEMPORARY_AFTER), MAX_BACKOFF_MS);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function gitlabVerdict(target: string, history: readonly TargetDelivery[], options: VerdictOptions): GitlabVerdict {
  const legacy = olderThan(options.gitlabVersion, 17, 11);
  const time = options.formatTime;
  let failures = 0;
  let disabledAt: number | null = null;
  let retryAt: number | null = null;
  let permanent = false;
  let reason = '';
  const deliveries: JudgedDelivery[] = [];
  for (const delivery of [...history].sort((x, y) => x.at - y.at)) {
    const green = delivery.status !== null && delivery.status >= 200 && delivery.status < 300;
    const shown = { id: delivery.id, at: delivery.at, red: !green, slow: (delivery.durationMs ?? 0) > SLOW_MS };
    if (permanent || (retryAt !== null && delivery.at < retryAt)) {
      deliveries.push({ ...shown, judgement: 'skipped' });
      continue;
    }
    deliveries.push({ ...shown, judgement: succeeded(delivery) ? 'success' : 'failure' });
    if (succeeded(delivery)) {
      [failures, disabledAt, retryAt] = [0, null, null];
      continue;
    }
    failures += 1;
    const clientError = delivery.status !== null && delivery.status >= 400 && delivery.status < 500;
    if (legacy && clientError) {
      [permanent, disabledAt, retryAt] = [true, delivery.at, null];
      reason = `a ${delivery.status} answer (before GitLab 17.11 a 4xx disabled a hook for good)`;
    } else if (!legacy && failures >= PERMANENT_AFTER) {
      [permanent, disabledAt, retryAt] = [true, delivery.at, null];
      reason = `${failures} failures in a row`;
    } else if (failures >= TEMPORARY_AFTER) {
      [disabledAt, retryAt] = [delivery.at, delivery.at + backoffMs(failures)];
      reason = `${failures} failures in a row`;
    }
  }
  const state = permanent ? 'disabled' : retryAt !== null && options.now < retryAt ? 'temporarily-disabled' : 'enabled';
  let words: string;
  if (state === 'disabled') {
    words = `GitLab would have disabled this hook for good at ${time(disabledAt ?? 0)} after ${reason}; only a Test that answers 2xx re-enables it.`;
  } else if (retryAt !== null) {
    const tense = state === 'temporarily-disabled' ? 'would try again' : 'would have tried again';
    words = `GitLab would have disabled this hook at ${time(disabledAt ?? 0)} after ${reason.replace(' in a row', '')}; it ${tense} at ${time(retryAt)}.`;
  } else if (failures > 0) {
    words = `${plural(failures, 'failure')} in a row: GitLab disables a hook after ${TEMPORARY_AFTER}.`;
  } else {
    words = deliveries.length === 0 ? 'No deliveries to this target yet.' : 'GitLab would keep this hook enabled.';
  }
  return { target, state, failures, disabledAt, retryAt, deliveries, words, caveat: SELF_MANAGED_CAVEAT };
}
