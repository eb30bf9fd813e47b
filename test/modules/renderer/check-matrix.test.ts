import { describe, expect, it } from 'vitest';
import type { CheckCaseResult } from '@shared/check-run';
import { answerWords, buildMatrix, caseName, caseWords, changeSinceLastRun, inboxLink } from '../../../src/renderer/src/features/checks/check-matrix';
import { readRunId } from '../../../src/renderer/src/features/checks/use-checks-url';
import { readInboxPlace } from '@shared/inbox-place';
import { screenOfHash } from '../../../src/renderer/src/features/shell/screen-url';

function result(event: string, variant: string | null, kind: CheckCaseResult['kind'], patch: Partial<CheckCaseResult> = {}): CheckCaseResult {
  return {
    key: `${event}/${variant ?? '-'}/${kind}`, event, variant, kind, title: kind, outcome: 'passed', status: 200, sentAt: 1_700_000_000_000, durationMs: 4,
    gitlab: 'success', deliveryIds: [1], message: 'answered 200', jenkins: null, ...patch,
  };
}

describe('the check matrix', () => {
  it('puts events down in the order they ran and only the run\'s case kinds across, in the column order', () => {
    const cases = [
      result('Push Hook', 'default', 'as-gitlab-sends'),
      result('Merge Request Hook', 'open', 'as-gitlab-sends'),
      result('Push Hook', null, 'wrong-token'),
      result('Merge Request Hook', 'approval', 'as-gitlab-sends', { outcome: 'failed', status: 500 }),
      result('Push Hook', null, 'new-branch'),
    ];
    const matrix = buildMatrix(cases);
    expect(matrix.columns.map((column) => column.kind)).toEqual(['as-gitlab-sends', 'wrong-token', 'new-branch']);
    expect(matrix.rows.map((row) => row.event)).toEqual(['Push Hook', 'Merge Request Hook']);
    const mergeRequests = matrix.rows[1]!.cells.get('as-gitlab-sends')!;
    expect(mergeRequests.map((each) => each.variant)).toEqual(['open', 'approval']);
    expect(matrix.rows[1]!.cells.get('wrong-token')).toBeUndefined();
  });

  it('marks what regressed and what got better since the previous run', () => {
    const comparison = { previousRunId: 3, better: ['a'], regressed: ['b'], summary: '' };
    expect([changeSinceLastRun(comparison, 'a'), changeSinceLastRun(comparison, 'b'), changeSinceLastRun(comparison, 'c')]).toEqual(['better', 'regressed', null]);
    expect(changeSinceLastRun(null, 'a')).toBeNull();
  });

  it('says a case in words: the status, or a timeout or internal error when there is none', () => {
    const failed = result('Merge Request Hook', 'approval', 'as-gitlab-sends', { outcome: 'failed', status: 500, title: 'as GitLab sends it', message: 'answered 500' });
    expect(answerWords(failed)).toBe('500');
    expect(answerWords({ status: null, gitlab: 'timeout', outcome: 'failed' })).toBe('timeout');
    expect(answerWords({ status: null, gitlab: 'failure', outcome: 'internal-error' })).toBe('internal error');
    expect(caseName(failed)).toBe('Merge Request Hook `approval`');
    expect(caseName(result('Push Hook', null, 'wrong-token'))).toBe('Push Hook (wrong token)');
    expect(caseWords(failed, 'regressed')).toBe('Merge Request Hook `approval`, as GitLab sends it: failed (answered 500, in 4 ms). Regressed since the previous run.');
  });

  it('links a case to its delivery as the Inbox reads its URL, from any screen', () => {
    expect(readInboxPlace(inboxLink(42))).toEqual({ query: '', id: 42 });
    expect(screenOfHash(inboxLink(42))).toBe('inbox');
    expect(screenOfHash('#/checks?run=3')).toBe('checks');
    expect(screenOfHash('#/nowhere')).toBeNull();
    expect(readRunId('#/checks?run=3')).toBe(3);
    expect(readRunId('#/checks')).toBeNull();
    expect(readRunId('#/inbox?run=3')).toBeNull();
  });
});
