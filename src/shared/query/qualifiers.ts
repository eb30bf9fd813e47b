/** Each qualifier of the search language: what its value means, and the words used when it is wrong. */
import type { Origin, Verdict } from '../delivery';
import { MIN_TEXT_LENGTH, type SizeOperator, type StatusMatch, type TermMatch } from './query-terms';

export class QueryError extends Error {
  override name = 'QueryError';
}

const ORIGINS: readonly Origin[] = ['captured', 'forwarded', 'replay', 'sample', 'trigger', 'check'];
const VERDICTS: readonly Verdict[] = ['valid', 'invalid', 'missing', 'not-configured'];
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

function status(value: string): StatusMatch {
  const v = value.toLowerCase();
  if (/^[1-5]\d\d$/.test(v)) return { code: Number(v) };
  if (/^[1-5]xx$/.test(v)) return { hundreds: Number(v[0]) };
  if (v === 'failed' || v === 'pending' || v === 'success') return { state: v };
  if (v === 'internal error' || v === 'internal-error') return { state: 'internal-error' };
  throw new QueryError(
    `status: expects a code like 404, a class like 4xx, or failed (also success, pending, "internal error"), not "${value}".`,
  );
}

function size(value: string): { operator: SizeOperator; bytes: number } {
  const match = /^(>=|<=|>|<|=)?(\d+(?:\.\d+)?)(b|kb|mb|gb)?$/i.exec(value);
  if (!match) throw new QueryError(`size: expects a size like >1mb, <=200kb or 512b, not "${value}".`);
  return { operator: (match[1] ?? '=') as SizeOperator, bytes: Math.round(Number(match[2]) * SIZE_UNITS[(match[3] ?? '').toLowerCase()]) };
}

/** A local date (the day's start) or a local date and time, as epoch milliseconds. */
function moment(name: string, value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match ?? [];
  const at = match ? new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) : null;
  if (!at || at.getMonth() !== Number(mo) - 1 || at.getDate() !== Number(d)) {
    throw new QueryError(`${name}: expects a date like 2026-12-01 or a time like 2026-12-01T14:30, not "${value}".`);
  }
  return at.getTime();
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value.toLowerCase());
  if (!found) throw new QueryError(`${name}: expects one of ${allowed.join(', ')}, not "${value}".`);
  return found;
}

function longEnough(name: string, value: string): string {
  if (value.length < MIN_TEXT_LENGTH) {
    throw new QueryError(`${name}: needs at least ${MIN_TEXT_LENGTH} characters to look for, not "${value}".`);
  }
  return value;
}

function header(value: string): TermMatch {
  const equals = value.indexOf('=');
  const name = equals < 0 ? value : value.slice(0, equals);
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new QueryError(`header: expects a header name, optionally =value (header:X-Gitlab-Token or header:X-Gitlab-Event=Push Hook), not "${value}".`);
  }
  return { kind: 'header', name, value: equals < 0 ? null : value.slice(equals + 1) };
}

export interface Qualifier {
  /** Builds the term from the value as typed (quotes removed); throws QueryError in words. */
  parse(value: string): TermMatch;
  /** Shown in the help and offered while typing. */
  example: string;
  description: string;
}

export const QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  status: { parse: (v) => ({ kind: 'status', status: status(v) }), example: 'status:4xx', description: 'a code (500), a class (4xx), failed (what GitLab counts as failed: 4xx, 5xx, timeout, transport error), success, pending or "internal error"' },
  event: { parse: (v) => ({ kind: 'event', name: v }), example: 'event:"Merge Request Hook"', description: 'the event, as in X-Gitlab-Event (any case)' },
  method: { parse: (v) => ({ kind: 'method', name: v.toUpperCase() }), example: 'method:POST', description: 'the request method' },
  path: { parse: (v) => ({ kind: 'path', pattern: v, glob: /[*?]/.test(v) }), example: 'path:/hooks/*', description: 'the path contains this; with * or ? the whole path matches the pattern' },
  header: { parse: header, example: 'header:X-Gitlab-Token', description: 'a request header is present, or with =value contains the value' },
  body: { parse: (v) => ({ kind: 'body', text: longEnough('body', v) }), example: 'body:"exact text"', description: 'the request body contains this text (any case)' },
  origin: { parse: (v) => ({ kind: 'origin', origin: oneOf('origin', v, ORIGINS) }), example: 'origin:replay', description: ORIGINS.join(', ') },
  verdict: { parse: (v) => ({ kind: 'verdict', verdict: oneOf('verdict', v, VERDICTS) }), example: 'verdict:invalid', description: 'the secret token or signature check gave this verdict' },
  target: { parse: (v) => ({ kind: 'target', host: longEnough('target', v) }), example: 'target:localhost:3000', description: 'the host (and port) a sent, replayed or triggered request went to' },
  size: { parse: (v) => ({ kind: 'size', ...size(v) }), example: 'size:>1mb', description: 'the request body size: >, >=, <, <= or =, in b, kb, mb or gb' },
  after: { parse: (v) => ({ kind: 'after', at: moment('after', v) }), example: 'after:2026-12-01', description: 'received on or after this day (or time), local time' },
  before: { parse: (v) => ({ kind: 'before', at: moment('before', v) }), example: 'before:2026-12-01T12:00', description: 'received before this day (or time), local time' },
};
