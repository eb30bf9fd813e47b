/**
 * Route files arrive untyped (hand-edited JSON, the Routes form, CLI flags): each field is checked and every
 * mistake named in words with what to write instead. A route never holds a secret, since its file goes into git.
 */
import { ROUTE_LIMITS, type HeaderPair, type Route, type RouteAction } from '@shared/route';
import { UserError } from '@shared/user-error';
import { parseJson } from '../json-folder/json-folder';
import { parseHttpUrl } from '../sender/http-url';

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

const METHOD = /^[A-Z]+$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers whose value is a credential: a route may ask that they be present (`*`), never hold their value. */
const SECRET_HEADERS = new Set(['x-gitlab-token', 'authorization', 'private-token', 'job-token', 'cookie', 'webhook-signature']);

function refuse(field: string, rule: string): never {
  throw new UserError(`Route: "${field}" must be ${rule}.`);
}

function headerPairs(value: unknown, field: string, matching: boolean): HeaderPair[] {
  const pairs = value ?? [];
  const valid = Array.isArray(pairs) && pairs.every((p) => Array.isArray(p) && p.length === 2 && p.every((part) => typeof part === 'string'));
  if (!valid) refuse(field, 'a list of [name, value] pairs of text, like [["X-Gitlab-Event", "Push Hook"]]');
  for (const [name, headerValue] of pairs as HeaderPair[]) {
    if (!HEADER_NAME.test(name)) refuse(field, `a list of header names without spaces or colons ("${name}" is not one)`);
    if (SECRET_HEADERS.has(name.toLowerCase()) && !(matching && headerValue === '*')) {
      throw new UserError(
        `Route: "${field}" holds ${name}, a secret, but route files are plain text meant to be shared in git. ` +
          (matching ? `Write "*" as its value to match any ${name}; the receiver's token checks judge its value.` : `Remove it.`),
      );
    }
  }
  return (pairs as HeaderPair[]).map(([name, headerValue]) => [name, headerValue]);
}

function wholeNumber(value: unknown, field: string, min: number, max: number, fallback?: number): number {
  const given = value ?? fallback;
  if (typeof given !== 'number' || !Number.isInteger(given) || given < min || given > max) {
    refuse(field, `a whole number from ${min} to ${max}${given === undefined ? '' : `, not ${JSON.stringify(given)}`}`);
  }
  return given;
}

function targetUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) refuse('action.url', 'the receiver\'s address, like http://localhost:3000/hooks');
  const url = parseHttpUrl(value.trim(), 'The forward target');
  if (url.username || url.password) throw new UserError('Route: keep user:password@ out of the forward target: route files are shared in git.');
  if (url.hash) refuse('action.url', `an address without a "#" part (drop "${url.hash}")`);
  return url.href;
}

function checkedAction(value: unknown, mocks: readonly string[]): RouteAction {
  if (!isRecord(value)) refuse('action', 'an object with "kind": "answer", "forward" or "mock"');
  switch (value.kind) {
    case 'answer': {
      const next = value.next ?? null;
      return {
        kind: 'answer',
        status: wholeNumber(value.status, 'action.status', 100, 599),
        headers: headerPairs(value.headers, 'action.headers', false),
        body: typeof (value.body ?? '') === 'string' ? ((value.body ?? '') as string) : refuse('action.body', 'text'),
        delayMs: wholeNumber(value.delayMs, 'action.delayMs', 0, ROUTE_LIMITS.maxDelayMs, 0),
        next: next === null ? null : wholeNumber(next, 'action.next', 1, 1_000_000),
      };
    }
    case 'forward':
      return {
        kind: 'forward',
        url: targetUrl(value.url),
        timeoutMs: wholeNumber(value.timeoutMs, 'action.timeoutMs', 1, ROUTE_LIMITS.maxTimeoutMs, ROUTE_LIMITS.defaultTimeoutMs),
        keepHost: typeof (value.keepHost ?? false) === 'boolean' ? Boolean(value.keepHost) : refuse('action.keepHost', 'true or false'),
      };
    case 'mock':
      if (typeof value.mock !== 'string' || !mocks.includes(value.mock)) {
        refuse('action.mock', `the name of a mock: ${mocks.join(', ')}${value.mock === undefined ? '' : `, not ${JSON.stringify(value.mock)}`}`);
      }
      return { kind: 'mock', mock: value.mock };
    default:
      return refuse('action.kind', `"answer", "forward" or "mock"${value.kind === undefined ? '' : `, not ${JSON.stringify(value.kind)}`}`);
  }
}

/** A route as it may be used and written: checked, defaults filled in, one key order for readable diffs. */
export function checkedRoute(value: unknown, mocks: readonly string[]): Route {
  if (!isRecord(value)) throw new UserError('Not a route: the file must hold an object with name, path and action.');
  const { name, method = null, path, headers, action } = value;
  if (typeof name !== 'string' || !name.trim()) refuse('name', 'text that names the route');
  if (method !== null && (typeof method !== 'string' || !METHOD.test(method))) refuse('method', 'an HTTP method in capitals, like "POST", or null for any');
  if (typeof path !== 'string' || !path.startsWith('/')) refuse('path', 'a path starting with "/", like "/hooks/gitlab/**"');
  if (/[?#\s]/.test(path)) refuse('path', `a path without a query, "#" or spaces ("${path}")`);
  return { name: name.trim(), method, path, headers: headerPairs(headers, 'headers', true), action: checkedAction(action, mocks) };
}

export function parseRouteFile(text: string, mocks: readonly string[]): Route {
  return checkedRoute(parseJson(text), mocks);
}
