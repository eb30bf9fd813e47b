import { describe, expect, it } from 'vitest';
import { gitlabVerdict, type TargetDelivery } from '../../../src/main/core/gitlab-verdict/gitlab-verdict';

const at = (hh: number, mm: number, ss = 0) => Date.UTC(2026, 11, 1, hh, mm, ss);
const formatTime = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const target = 'http://localhost:3000/hooks';

let nextId = 1;
const delivery = (time: number, status: number | null, durationMs = 20): TargetDelivery => ({ id: nextId++, at: time, status, durationMs });
const verdict = (history: TargetDelivery[], now: number, gitlabVersion = '19.1.0') => gitlabVerdict(target, history, { gitlabVersion, now, formatTime });

describe("GitLab's verdict on a target", () => {
  it('counts failures in a row and disables the hook for a minute at the 4th', () => {
    const three = [delivery(at(14, 0), 500), delivery(at(14, 1), null), delivery(at(14, 1, 30), 404)];
    expect(verdict(three, at(14, 1, 40))).toMatchObject({ state: 'enabled', failures: 3, words: '3 failures in a row: GitLab disables a hook after 4.' });

    const four = [...three, delivery(at(14, 2), 502)];
    expect(verdict(four, at(14, 2, 10))).toMatchObject({
      state: 'temporarily-disabled', failures: 4, disabledAt: at(14, 2), retryAt: at(14, 3),
      words: 'GitLab would have disabled this hook at 14:02 after 4 failures; it would try again at 14:03.',
    });
    // Once the minute is over GitLab sends again; the words say what would have happened.
    expect(verdict(four, at(14, 4))).toMatchObject({
      state: 'enabled', words: 'GitLab would have disabled this hook at 14:02 after 4 failures; it would have tried again at 14:03.',
    });
  });

  it('skips what arrives while disabled, and doubles the back-off on each failure after it', () => {
    const history = [
      ...[0, 1, 2, 3].map((minute) => delivery(at(14, minute), 500)),
      delivery(at(14, 3, 30), 500),
      delivery(at(14, 4), 500),
      delivery(at(14, 6, 30), 500),
    ];
    const result = verdict(history, at(14, 7));
    expect(result.deliveries.map((d) => d.judgement)).toEqual(['failure', 'failure', 'failure', 'failure', 'skipped', 'failure', 'failure']);
    expect(result).toMatchObject({ failures: 6, state: 'temporarily-disabled', disabledAt: at(14, 6, 30), retryAt: at(14, 10, 30) });
  });

  it('caps the back-off at 24 hours and disables for good at the 40th failure in a row', () => {
    const day = 25 * 60 * 60_000;
    const history = Array.from({ length: 40 }, (_, i) => delivery(at(0, 0) + i * day, 500));
    const before = verdict(history.slice(0, 39), at(0, 0) + 38 * day + 1000);
    expect(before.retryAt! - before.disabledAt!).toBe(24 * 60 * 60_000);
    const result = verdict(history, at(0, 0) + 40 * day);
    expect(result.deliveries.every((d) => d.judgement === 'failure')).toBe(true);
    expect(result).toMatchObject({ state: 'disabled', failures: 40, retryAt: null });
    expect(result.words).toMatch(/^GitLab would have disabled this hook for good at \d\d:\d\d after 40 failures in a row;/);
    expect(verdict([...history, delivery(at(0, 0) + 41 * day, 200)], at(0, 0) + 42 * day).deliveries.at(-1)?.judgement).toBe('skipped');
  });

  it('resets the count on a success, a 3xx included (shown red)', () => {
    const history = [delivery(at(9, 0), 500), delivery(at(9, 1), 500), delivery(at(9, 2), 500), delivery(at(9, 3), 302), delivery(at(9, 4), 500)];
    const result = verdict(history, at(9, 5));
    expect(result).toMatchObject({ state: 'enabled', failures: 1 });
    expect(result.deliveries[3]).toMatchObject({ judgement: 'success', red: true });
  });

  it('counts an answer after more than 10 s as a failure, and flags one over 1 s as slow', () => {
    const result = verdict([delivery(at(9, 0), 200, 1500), delivery(at(9, 1), 200, 10_500)], at(9, 2));
    expect(result.deliveries.map(({ judgement, slow }) => [judgement, slow])).toEqual([['success', true], ['failure', true]]);
  });

  it('before GitLab 17.11, disables a hook for good at its first 4xx', () => {
    const history = [delivery(at(9, 0), 200), delivery(at(9, 1), 404), delivery(at(9, 2), 200)];
    const result = verdict(history, at(9, 3), '17.10.4');
    expect(result).toMatchObject({ state: 'disabled', disabledAt: at(9, 1) });
    expect(result.words).toBe('GitLab would have disabled this hook for good at 09:01 after a 404 answer (before GitLab 17.11 a 4xx disabled a hook for good); only a Test that answers 2xx re-enables it.');
    expect(verdict(history, at(9, 3), '17.11.0').state).toBe('enabled');
  });

  it('says that self-managed instances may not disable at all', () => {
    expect(verdict([], at(9, 0)).caveat).toContain('auto_disabling_web_hooks');
  });
});
