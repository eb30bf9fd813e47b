/**
 * A check file: a receiver's contract kept in git (`checks/` in the samples folder): its target, which cases,
 * stricter expected answers, the events it does not handle and a signature-age tolerance. Checked field by
 * field, every mistake named in words; it never holds a secret, since it is shared.
 */
import { CHECK_CASE_KINDS, type CheckCaseKind } from '@shared/check-run';
import { findGitlabEvent } from '@shared/gitlab-catalogue';
import { UserError } from '@shared/user-error';
import { parseJson } from '../json-folder/json-folder';
import { parseHttpUrl } from '../sender/http-url';
import type { ExpectedStatus } from './case-judgement';
import { eventIdOf } from './check-cases';

export interface CheckFile {
  name: string;
  target: string | null;
  /** Catalogue ids; empty for all. */
  events: string[];
  kinds: CheckCaseKind[];
  /** By X-Gitlab-Event, or `*` for every event not named: "204" or "2xx". */
  expect: Record<string, string>;
  /** Catalogue ids. */
  unhandledEvents: string[];
  signatureToleranceSeconds: number | null;
}

const FIELDS = ['name', 'target', 'events', 'kinds', 'expect', 'unhandledEvents', 'signatureToleranceSeconds'];
/** Query parameters that carry credentials: a target naming one would put a secret in git. */
const SECRET_PARAMETER = /token|secret|password|passwd|signature|key/i;
const EXPECTED = /^(?:[1-5]\d\d|[1-5]xx)$/;

function refuse(field: string, rule: string): never {
  throw new UserError(`Check file: "${field}" must be ${rule}.`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function textList(value: unknown, field: string, example: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) refuse(field, `a list of text, like ${example}`);
  return value as string[];
}

function eventIds(value: unknown, field: string): string[] {
  return textList(value, field, '["push", "Merge Request Hook"]').map((name) => {
    try {
      return eventIdOf(name);
    } catch (error) {
      throw new UserError(`Check file: in "${field}", ${(error as Error).message}`);
    }
  });
}

function checkedTarget(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !value.trim()) refuse('target', "the receiver's address, like http://localhost:4000/hooks/gitlab");
  const url = parseHttpUrl(value, 'The check file\'s target');
  if (url.username || url.password) throw new UserError('Check file: keep user:password@ out of "target": check files are shared in git. Give it with --to when running.');
  const secret = [...url.searchParams.keys()].find((name) => SECRET_PARAMETER.test(name));
  if (secret) throw new UserError(`Check file: "target" holds a "${secret}" parameter, a secret; check files are shared in git, so give the URL with --to when running.`);
  return url.href;
}

function checkedExpect(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) refuse('expect', 'an object from X-Gitlab-Event (or "*") to a status, like {"Pipeline Hook": 204, "*": "2xx"}');
  const expect: Record<string, string> = {};
  for (const [event, status] of Object.entries(value)) {
    const header = event === '*' ? '*' : findGitlabEvent(eventIdOf(event))?.header;
    const words = typeof status === 'number' ? String(status) : status;
    if (typeof words !== 'string' || !EXPECTED.test(words)) refuse(`expect.${event}`, `a status like 204 or a class like "2xx", not ${JSON.stringify(status)}`);
    expect[header ?? event] = words;
  }
  return expect;
}

export function checkedCheckFile(value: unknown): CheckFile {
  if (!isRecord(value)) throw new UserError('Check file: expected a JSON object with "name" and the cases to run.');
  const unknown = Object.keys(value).find((key) => !FIELDS.includes(key));
  if (unknown) throw new UserError(`Check file: "${unknown}" is not a field of a check file; the fields are ${FIELDS.join(', ')}.`);
  if (typeof value.name !== 'string' || !value.name.trim()) refuse('name', 'a name in words, like "Billing receiver"');
  const kinds = textList(value.kinds, 'kinds', '["as-gitlab-sends", "wrong-token"]');
  const badKind = kinds.find((kind) => !CHECK_CASE_KINDS.includes(kind as CheckCaseKind));
  if (badKind) refuse('kinds', `a list of case kinds (${CHECK_CASE_KINDS.join(', ')}); "${badKind}" is not one`);
  const tolerance = value.signatureToleranceSeconds ?? null;
  if (tolerance !== null && (typeof tolerance !== 'number' || !Number.isInteger(tolerance) || tolerance < 1 || tolerance > 86_400)) {
    refuse('signatureToleranceSeconds', `a whole number of seconds from 1 to 86400, not ${JSON.stringify(tolerance)}`);
  }
  return {
    name: value.name.trim(),
    target: checkedTarget(value.target),
    events: eventIds(value.events, 'events'),
    kinds: kinds as CheckCaseKind[],
    expect: checkedExpect(value.expect),
    unhandledEvents: eventIds(value.unhandledEvents, 'unhandledEvents'),
    signatureToleranceSeconds: tolerance,
  };
}

export const parseCheckFile = (text: string): CheckFile => checkedCheckFile(parseJson(text));

/** The status a case of this event must get under the file's `expect`, or null for GitLab's own rule. */
export function expectedStatus(file: CheckFile | null, event: string): ExpectedStatus | null {
  const words = file?.expect[event] ?? file?.expect['*'];
  if (words === undefined) return null;
  const matches = words.endsWith('xx') ? (status: number) => Math.floor(status / 100) === Number(words[0]) : (status: number) => status === Number(words);
  return { words, matches };
}
