/** The route form's fields as text, and the route they make: the core checks it and says what is wrong. */
import { ROUTE_LIMITS, type Route } from '@shared/route';

export interface RouteDraft {
  name: string;
  method: string;
  path: string;
  /** One `Name: value` per line; `*` as the value matches any. */
  headers: string;
  kind: 'forward' | 'answer' | 'mock';
  url: string;
  timeoutSeconds: string;
  keepHost: boolean;
  status: string;
  body: string;
  delaySeconds: string;
  next: string;
  mock: string;
}

export const EMPTY_DRAFT: RouteDraft = {
  name: '', method: 'POST', path: '/', headers: '', kind: 'forward', url: 'http://localhost:3000', timeoutSeconds: '10',
  keepHost: false, status: '500', body: '', delaySeconds: '0', next: '', mock: 'gitlab-trigger',
};

function headerPairs(text: string): Array<[string, string]> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return colon === -1 ? [line, '*'] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    });
}

const seconds = (text: string) => Math.round(Number(text) * 1000);

export function routeOf(draft: RouteDraft): Route {
  const base = { name: draft.name, method: draft.method || null, path: draft.path.trim(), headers: headerPairs(draft.headers) };
  switch (draft.kind) {
    case 'forward':
      return { ...base, action: { kind: 'forward', url: draft.url.trim(), timeoutMs: seconds(draft.timeoutSeconds || String(ROUTE_LIMITS.defaultTimeoutMs / 1000)), keepHost: draft.keepHost } };
    case 'answer':
      return {
        ...base,
        action: { kind: 'answer', status: Number(draft.status), headers: [], body: draft.body, delayMs: seconds(draft.delaySeconds || '0'), next: draft.next.trim() ? Number(draft.next) : null },
      };
    case 'mock':
      return { ...base, action: { kind: 'mock', mock: draft.mock } };
  }
}

export function draftOf(route: Route): RouteDraft {
  const { action } = route;
  const draft = {
    ...EMPTY_DRAFT,
    name: route.name,
    method: route.method ?? '',
    path: route.path,
    headers: route.headers.map(([name, value]) => `${name}: ${value}`).join('\n'),
    kind: action.kind,
  };
  if (action.kind === 'forward') return { ...draft, url: action.url, timeoutSeconds: String(action.timeoutMs / 1000), keepHost: action.keepHost };
  if (action.kind === 'answer') {
    return { ...draft, status: String(action.status), body: action.body, delaySeconds: String(action.delayMs / 1000), next: action.next === null ? '' : String(action.next) };
  }
  return { ...draft, mock: action.mock };
}
