import type { GitlabDeliveryVerdict } from '@shared/check-run';
import type { DeliveryRow } from '@shared/delivery';

/** GitLab's webhook timeout: an answer later than this is a failure, whatever its status. */
const GITLAB_TIMEOUT_MS = 10_000;

/** What GitLab concludes from one answer: 2xx or 3xx within 10 s succeeds, anything else counts as a failure. */
export function gitlabAnswer(row: Pick<DeliveryRow, 'status' | 'errorKind' | 'durationMs'>): { gitlab: GitlabDeliveryVerdict; words: string } {
  if (row.errorKind === 'timeout' || (row.durationMs ?? 0) > GITLAB_TIMEOUT_MS) {
    return { gitlab: 'timeout', words: 'no answer within 10 s: GitLab counts a failure (4 in a row disable the hook for a while).' };
  }
  if (row.status === null) {
    return { gitlab: 'failure', words: `internal error (${row.errorKind ?? 'no answer'}): GitLab counts a failure.` };
  }
  if (row.status >= 200 && row.status < 400) return { gitlab: 'success', words: `answered ${row.status}: GitLab counts a success.` };
  return { gitlab: 'failure', words: `answered ${row.status}: GitLab counts a failure (4 in a row disable the hook for a while).` };
}
