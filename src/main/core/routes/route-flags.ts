/**
 * The common routes as `hookbench listen` flags: `--forward URL` (everything), `--route 'POST /gitlab/** -> URL'`
 * and `--answer '/slow 200 delay=11s'` (also `next=3`, `body=text`). They come before the routes folder's files.
 */
import { ROUTE_LIMITS, type Route, type RouteEntry } from '@shared/route';
import { UserError } from '@shared/user-error';
import { checkedRoute } from './route-file';

export interface RouteFlags {
  forward?: string | null;
  routes?: readonly string[];
  answers?: readonly string[];
}

const METHOD = /^[A-Z]+$/;
const DURATION = /^(\d+)(ms|s)$/;

/** `[METHOD] PATH` from the start of a flag's words. */
function matchWords(words: string[]): { method: string | null; path: string } {
  const method = METHOD.test(words[0] ?? '') ? (words.shift() as string) : null;
  const path = words.shift();
  if (!path?.startsWith('/')) throw new UserError('a path starting with "/" must come first (after an optional method like POST)');
  return { method, path };
}

function delayMs(text: string): number {
  const match = DURATION.exec(text);
  if (!match) throw new UserError(`delay=${text} is not a duration: write it like delay=11s or delay=500ms`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

function answerRoute(flag: string): Route {
  const words = flag.trim().split(/\s+/);
  const { method, path } = matchWords(words);
  const status = Number(words.shift());
  const action: Record<string, unknown> = { kind: 'answer', status, headers: [], body: '', delayMs: 0, next: null };
  for (const option of words) {
    const [key, ...rest] = option.split('=');
    const value = rest.join('=');
    if (key === 'delay') action.delayMs = delayMs(value);
    else if (key === 'next') action.next = Number(value);
    else if (key === 'body') action.body = value;
    else throw new UserError(`"${option}" is not an answer option: use delay=11s, next=3 or body=text`);
  }
  return checkedRoute({ name: `--answer ${flag}`, method, path, headers: [], action }, []);
}

function forwardRoute(flag: string, name = `--route ${flag}`): Route {
  const [left, url, ...extra] = flag.split('->').map((part) => part.trim());
  if (url === undefined || extra.length > 0) throw new UserError('write it as "[METHOD] PATH -> URL", like "POST /gitlab/** -> http://localhost:3000/hooks"');
  const words = left.split(/\s+/).filter(Boolean);
  const { method, path } = matchWords(words);
  if (words.length > 0) throw new UserError(`"${words.join(' ')}" is not understood before "->"`);
  return checkedRoute({ name, method, path, headers: [], action: { kind: 'forward', url, timeoutMs: ROUTE_LIMITS.defaultTimeoutMs } }, []);
}

function flagged(flag: string, value: string, parse: (value: string) => Route): RouteEntry {
  try {
    return { file: flag, route: parse(value), problem: null };
  } catch (error) {
    const reason = (error as Error).message.replace(/^Route: /, '');
    throw new UserError(`${flag} '${value}': ${reason.replace(/\.$/, '')}.`);
  }
}

/** This run's routes, in the order they are tried: every --answer and --route as given, then --forward. */
export function flagRoutes({ forward = null, routes = [], answers = [] }: RouteFlags): RouteEntry[] {
  const entries = [
    ...answers.map((answer) => flagged('--answer', answer, answerRoute)),
    ...routes.map((route) => flagged('--route', route, forwardRoute)),
  ];
  if (forward) entries.push(flagged('--forward', forward, (url) => forwardRoute(`/ -> ${url}`, `--forward ${url}`)));
  return entries;
}
