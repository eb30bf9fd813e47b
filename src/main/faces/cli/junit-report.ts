/**
 * A check run as JUnit XML, the shape GitLab CI reads from `artifacts:reports:junit`: testsuites > testsuite
 * (one per event) > testcase with classname, name and time, and <failure message> or <error message>.
 * A reported case passes and carries its note in <system-out>.
 */
import type { CheckCaseResult, CheckRun } from '@shared/check-run';

/** XML 1.0 allows neither these characters nor an escape for them. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const xml = (text: string) => text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(result: CheckCaseResult): string {
  const open = `    <testcase classname="${xml(result.event)}" name="${xml(result.title)}" time="${seconds(result.durationMs)}">`;
  const notes = [result.message, result.jenkins && `Jenkins GitLab plugin: ${result.jenkins}`, `deliveries: ${result.deliveryIds.map((id) => `#${id}`).join(' ')}`]
    .filter(Boolean)
    .join('\n');
  const verdict = {
    failed: `\n      <failure message="${xml(result.message)}" type="${xml(result.kind)}">${xml(notes)}</failure>`,
    'internal-error': `\n      <error message="${xml(result.message)}" type="internal-error">${xml(notes)}</error>`,
    passed: '',
    reported: '',
  }[result.outcome];
  return `${open}${verdict}\n      <system-out>${xml(notes)}</system-out>\n    </testcase>`;
}

export function junitXml(run: CheckRun): string {
  const events = [...new Set(run.cases.map((c) => c.event))];
  const total = (cases: readonly CheckCaseResult[]) => seconds(cases.reduce((sum, c) => sum + c.durationMs, 0));
  const suites = events.map((event) => {
    const cases = run.cases.filter((c) => c.event === event);
    const failures = cases.filter((c) => c.outcome === 'failed').length;
    const errors = cases.filter((c) => c.outcome === 'internal-error').length;
    return [
      `  <testsuite name="${xml(event)}" tests="${cases.length}" failures="${failures}" errors="${errors}" time="${total(cases)}">`,
      ...cases.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  const name = `hookbench check ${run.id}: ${run.target}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" tests="${run.cases.length}" failures="${run.failed}" errors="${run.internalErrors}" time="${total(run.cases)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
