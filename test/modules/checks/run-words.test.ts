import { describe, expect, it } from 'vitest';
import type { CheckCaseResult, CheckRun } from '@shared/check-run';
import { compareRuns, disablingWords, runSummary, type RunDelivery } from '../../../src/main/core/checks/run-words';

const result = (key: string, outcome: CheckCaseResult['outcome'], message = 'answered 200'): CheckCaseResult => {
  const [event, variant, kind] = key.split('/');
  return {
    key, event, variant, kind: kind as CheckCaseResult['kind'], title: `${event} \`${variant}\` as GitLab sends it`, outcome, status: 200, sentAt: 1_000, durationMs: 3,
    gitlab: 'success', deliveryIds: [1], message, jenkins: null,
  };
};

const delivery = (n: number, status: number | null): RunDelivery => ({ id: n, at: 1_000 * n, status, durationMs: 5, caseNumber: n, caseTitle: `case ${n}` });

describe('a check run in words', () => {
  it('counts what passed, names the first failures and says how many more, and what was reported', () => {
    const cases = [
      result('Push Hook/default/as-gitlab-sends', 'passed'),
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((v) => result(`Issue Hook/${v}/as-gitlab-sends`, 'failed', 'answered 500')),
      result('Push Hook/default/wrong-token', 'failed', 'the receiver accepts a wrong X-Gitlab-Token (answered 200)'),
      result('Push Hook/default/stale-signature', 'reported'),
    ];
    expect(runSummary({ cases, planned: 12, state: 'running' })).toBe(
      '1 of 12 passed; Issue Hook `a` answered 500; Issue Hook `b` answered 500; Issue Hook `c` answered 500; Issue Hook `d` answered 500; ' +
        'Issue Hook `e` answered 500; 2 more failed; 1 reported; 3 to go',
    );
    expect(runSummary({ cases: cases.slice(7, 8), planned: 1, state: 'finished' })).toBe('0 of 1 passed; the receiver accepts a wrong X-Gitlab-Token');
  });

  it('compares by case key: failures that pass now got better, passes that fail or error now regressed, new cases are neither', () => {
    const previous = { id: 4, cases: [result('A/x/k', 'failed'), result('B/x/k', 'passed'), result('C/x/k', 'passed'), result('D/x/k', 'internal-error')] } as CheckRun;
    const now = [result('A/x/k', 'passed'), result('B/x/k', 'internal-error'), result('C/x/k', 'passed'), result('D/x/k', 'passed'), result('E/x/k', 'failed')];
    expect(compareRuns(previous, now)).toEqual({
      previousRunId: 4, better: ['A/x/k', 'D/x/k'], regressed: ['B/x/k'], summary: '1 regressed since run 4: B/x/k; 2 got better: A/x/k, D/x/k',
    });
    expect(compareRuns(previous, previous.cases).summary).toBe('No case changed since run 4.');
  });

  it('says where GitLab would have disabled the hook, from its rules over the run’s own deliveries', () => {
    const fourFailures = [delivery(1, 200), delivery(2, 500), delivery(3, null), delivery(4, 502), delivery(5, 500), delivery(6, 200)];
    expect(disablingWords(fourFailures, '19.1.0')).toBe(
      'GitLab would have disabled this hook for a while after case 5 (case 5): 4 failures in a row; it sends nothing while a hook is disabled, so 1 later delivery would not have gone out.',
    );
    expect(disablingWords(fourFailures.slice(0, 4), '19.1.0')).toBeNull();
    expect(disablingWords([delivery(1, 404)], '17.10.0')).toBe('GitLab would have disabled this hook for good after case 1 (case 1): a 404 answer (before GitLab 17.11 a 4xx disabled a hook for good).');
  });
});
