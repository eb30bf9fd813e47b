import type { Route, RouteAction } from '@shared/route';

/** A route's action in a few words, as the list shows it. */
export function actionWords(action: RouteAction): string {
  switch (action.kind) {
    case 'forward':
      return `forward to ${action.url}${action.keepHost ? ' (Host kept)' : ''}, timeout ${action.timeoutMs / 1000} s`;
    case 'answer': {
      const delay = action.delayMs > 0 ? ` after ${action.delayMs / 1000} s` : '';
      return `answer ${action.status}${delay}${action.next === null ? '' : `, the next ${action.next} only`}`;
    }
    case 'mock':
      return `hand to the ${action.mock} mock`;
  }
}

/** What a route matches: method, path and header conditions. */
export function matchWords(route: Route): string {
  const headers = route.headers.map(([name, value]) => (value === '*' ? ` with ${name}` : ` with ${name}: ${value}`)).join('');
  return `${route.method ?? 'Any method'} ${route.path}${headers}`;
}
