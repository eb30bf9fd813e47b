/**
 * The routes in force: this run's flag routes, then the routes folder's files in name order. Asked for every
 * delivery, so with no routes it answers at once; with routes it walks them in order and the first match decides.
 */
import type { ForwardAction, Route, RouteEntry } from '@shared/route';
import type { MockAnswer, MockTriggerRequest } from '../receiver/mock-trigger/mock-trigger';
import { prepare, type PreparedResponse } from '../receiver/prepared-response';
import type { MockRegistry } from './mock-registry';
import { pathMatcher, type PathMatcher } from './path-pattern';

export type RouteDecision =
  | { kind: 'answer'; file: string; response: PreparedResponse }
  | { kind: 'mock'; file: string; mock: string; answer: Promise<MockAnswer> }
  | { kind: 'forward'; file: string; action: ForwardAction; target: URL };

interface CompiledRoute {
  file: string;
  route: Route;
  /** Identifies the route across reloads, so an edit elsewhere in the folder does not reset its "next N". */
  key: string;
  path: PathMatcher;
  headers: Array<[string, string]>;
  response: PreparedResponse | null;
  /** Answers left for a "next N" route; Infinity for the others. */
  remaining: number;
}

function hasHeader(rawHeaders: readonly string[], name: string, value: string): boolean {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toLowerCase() === name && (value === '*' || rawHeaders[i + 1] === value)) return true;
  }
  return false;
}

/** The target's path with the request's suffix appended, and both queries kept (the target's first). */
export function mappedTarget(target: string, suffix: string, query: string): URL {
  const url = new URL(target);
  const joined = url.pathname.replace(/\/$/, '') + suffix;
  url.pathname = joined.startsWith('/') ? joined : `/${joined}`;
  if (query) url.search = url.search ? `${url.search}&${query}` : `?${query}`;
  return url;
}

export class RouteTable {
  private routes: CompiledRoute[] = [];

  constructor(private readonly mocks: MockRegistry) {}

  /** Puts a new set of routes in force; a route that is still there keeps what is left of its "next N". */
  set(entries: readonly RouteEntry[]): void {
    const before = new Map(this.routes.map((compiled) => [compiled.key, compiled.remaining]));
    this.routes = entries.flatMap(({ file, route }) => {
      if (!route) return [];
      const key = `${file}\n${JSON.stringify(route)}`;
      const { action } = route;
      const response = action.kind === 'answer' ? prepare(action.status, action.headers, action.body, action.delayMs) : null;
      const remaining = before.get(key) ?? (action.kind === 'answer' && action.next !== null ? action.next : Infinity);
      const headers = route.headers.map(([name, value]): [string, string] => [name.toLowerCase(), value]);
      return [{ file, route, key, path: pathMatcher(route.path), headers, response, remaining }];
    });
  }

  get size(): number {
    return this.routes.length;
  }

  /** The first route that takes this request, or null for the receiver's default answer. */
  decide(request: MockTriggerRequest): RouteDecision | null {
    if (this.routes.length === 0) return null;
    const queryAt = request.url.indexOf('?');
    const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    for (const compiled of this.routes) {
      const { route } = compiled;
      if (compiled.remaining <= 0 || (route.method !== null && route.method !== request.method)) continue;
      const matched = compiled.path(path);
      if (!matched || !compiled.headers.every(([name, value]) => hasHeader(request.rawHeaders, name, value))) continue;
      const decision = this.decision(compiled, request, matched.suffix, queryAt === -1 ? '' : request.url.slice(queryAt + 1));
      if (decision) return decision;
    }
    return null;
  }

  private decision(compiled: CompiledRoute, request: MockTriggerRequest, suffix: string, query: string): RouteDecision | null {
    const { file, route: { action } } = compiled;
    switch (action.kind) {
      case 'answer':
        compiled.remaining -= 1;
        return { kind: 'answer', file, response: compiled.response as PreparedResponse };
      case 'forward':
        return { kind: 'forward', file, action, target: mappedTarget(action.url, suffix, query) };
      case 'mock': {
        // A request the mock does not know (not a trigger call) goes on to the next route.
        const answer = this.mocks.get(action.mock)?.(request) ?? null;
        return answer ? { kind: 'mock', file, mock: action.mock, answer } : null;
      }
    }
  }
}
