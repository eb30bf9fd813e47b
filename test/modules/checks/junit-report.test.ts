import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckCaseResult, CheckRun } from '@shared/check-run';
import { junitXml } from '../../../src/main/faces/cli/junit-report';

const awkward = 'a <b> & "c" \'d\'\u0001 ✨';

const result = (outcome: CheckCaseResult['outcome'], message: string): CheckCaseResult => ({
  key: `Push Hook/default/${outcome}`, event: 'Push Hook', variant: 'default', kind: 'as-gitlab-sends', title: `${awkward} ${outcome}`, outcome,
  status: 500, sentAt: 0, durationMs: 1234, gitlab: 'failure', deliveryIds: [7], message, jenkins: null,
});

const run = {
  id: 3, target: 'http://127.0.0.1:4000/hooks', cases: [result('failed', `answered 500 ${awkward}`), result('internal-error', 'internal error: refused'), result('reported', 'noted')],
  failed: 1, internalErrors: 1,
} as CheckRun;

describe('JUnit XML of a run', () => {
  it('is well-formed for libxml2 with any text in names and messages, and says failures, errors and times where GitLab CI reads them', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'junit-')), 'check.xml');
    writeFileSync(file, junitXml(run));
    const xpath = (expression: string) => execFileSync('xmllint', ['--xpath', expression, file], { encoding: 'utf8' }).trim();
    expect(xpath('string(//testcase[1]/failure/@message)')).toBe('answered 500 a <b> & "c" \'d\' ✨');
    expect(xpath('string(//testcase[1]/@name)')).toBe('a <b> & "c" \'d\' ✨ failed');
    expect(xpath('string(//testcase[1]/@time)')).toBe('1.234');
    expect(xpath('string(//testcase[2]/error/@message)')).toBe('internal error: refused');
    expect(xpath('count(//testcase[3]/failure | //testcase[3]/error)')).toBe('0');
    expect(xpath('string(//testcase[3]/system-out)')).toBe('noted\ndeliveries: #7');
    expect(xpath('string(/testsuites/testsuite/@failures)') + xpath('string(/testsuites/testsuite/@errors)')).toBe('11');
  });
});
