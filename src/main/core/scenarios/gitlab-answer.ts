import type { GitlabDeliveryVerdict } from '@shared/check-run';
import type { DeliveryRow } from '@shared/delivery';
import { answerVerdict } from '@shared/gitlab-verdict';

/** GitLab's verdict on one answer (shared/gitlab-verdict), in words for a played step. */
export function gitlabAnswer(row: Pick<DeliveryRow, 'status' | 'errorKind' | 'durationMs'>): { gitlab: GitlabDeliveryVerdict; words: string } {
  const gitlab = answerVerdict(row);
  if (gitlab === 'timeout') return { gitlab, words: 'no answer within 10 s: GitLab counts a failure (4 in a row disable the hook for a while).' };
  if (row.status === null) return { gitlab, words: `internal error (${row.errorKind ?? 'no answer'}): GitLab counts a failure.` };
  if (gitlab === 'success') return { gitlab, words: `answered ${row.status}: GitLab counts a success.` };
  return { gitlab, words: `answered ${row.status}: GitLab counts a failure (4 in a row disable the hook for a while).` };
}
