import { describe, expect, it } from 'vitest';
import type { Route, RouteEntry } from '@shared/route';
import { MockRegistry } from '../../../src/main/core/routes/mock-registry';
import { RouteTable } from '../../../src/main/core/routes/route-table';
import { checkedRoute } from '../../../src/main/core/routes/route-file';

const forward = (url: string) => ({ kind: 'forward' as const, url, timeoutMs: 10_000, keepHost: false });
const answer = (status: number, next: number | null = null) => ({ kind: 'answer' as const, status, headers: [], body: '', delayMs: 0, next });

function table(routes: Array<Partial<Route> & Pick<Route, 'path' | 'action'>>, mocks = new MockRegistry()): RouteTable {
  const entries: RouteEntry[] = routes.map((route, i) => ({
    file: `${i}.json`,
    route: { name: `route ${i}`, method: null, headers: [], ...route },
    problem: null,
  }));
  const routeTable = new RouteTable(mocks);
  routeTable.set(entries);
  return routeTable;
}

const request = (url: string, method = 'POST', rawHeaders: string[] = []) => ({ method, url, rawHeaders, body: Buffer.alloc(0) });

describe('route matching', () => {
  it('lets the first matching route decide, in order', () => {
    const routes = table([
      { path: '/hooks/gitlab', method: 'GET', action: answer(201) },
      { path: '/hooks/gitlab', action: answer(500) },
      { path: '/hooks', action: answer(404) },
    ]);
    expect(routes.decide(request('/hooks/gitlab'))).toMatchObject({ file: '1.json', response: { status: 500 } });
    expect(routes.decide(request('/hooks/gitlab', 'GET'))).toMatchObject({ file: '0.json', response: { status: 201 } });
    expect(routes.decide(request('/hooks/other'))).toMatchObject({ file: '2.json' });
    expect(routes.decide(request('/other'))).toBeNull();
  });

  it('treats a plain path as a prefix of whole segments, and ignores the query', () => {
    const routes = table([{ path: '/hooks', action: answer(500) }]);
    expect(routes.decide(request('/hooks'))).not.toBeNull();
    expect(routes.decide(request('/hooks/push?x=1'))).not.toBeNull();
    expect(routes.decide(request('/hooksx'))).toBeNull();
  });

  it('matches globs: * within one segment, ** across segments', () => {
    const routes = table([
      { path: '/projects/*/hooks', action: answer(201) },
      { path: '/hooks/gitlab/**', action: answer(202) },
    ]);
    expect(routes.decide(request('/projects/42/hooks'))).toMatchObject({ response: { status: 201 } });
    expect(routes.decide(request('/projects/a/b/hooks'))).toBeNull();
    expect(routes.decide(request('/hooks/gitlab'))).toMatchObject({ response: { status: 202 } });
    expect(routes.decide(request('/hooks/gitlab/a/b/c'))).toMatchObject({ response: { status: 202 } });
    expect(routes.decide(request('/hooks/gitlabx'))).toBeNull();
  });

  it('matches headers by name in any case, by value or by presence with *', () => {
    const routes = table([
      { path: '/', headers: [['X-Gitlab-Event', 'Push Hook']], action: answer(201) },
      { path: '/', headers: [['X-Gitlab-Token', '*']], action: answer(202) },
    ]);
    expect(routes.decide(request('/a', 'POST', ['x-gitlab-event', 'Push Hook']))).toMatchObject({ response: { status: 201 } });
    expect(routes.decide(request('/a', 'POST', ['X-Gitlab-Event', 'Tag Push Hook']))).toBeNull();
    expect(routes.decide(request('/a', 'POST', ['X-Gitlab-Event', 'Tag Push Hook', 'X-Gitlab-Token', 's3']))).toMatchObject({
      response: { status: 202 },
    });
  });

  it('gives a "next N" answer N times, then steps aside for the next route', () => {
    const routes = table([
      { path: '/', action: answer(500, 2) },
      { path: '/', action: answer(200) },
    ]);
    const statuses = [1, 2, 3, 4].map(() => {
      const decision = routes.decide(request('/x'));
      return decision?.kind === 'answer' ? decision.response.status : null;
    });
    expect(statuses).toEqual([500, 500, 200, 200]);
  });

  it('keeps what is left of a "next N" when the routes are reloaded unchanged, and restarts it when edited', () => {
    const entries: RouteEntry[] = [{ file: 'a.json', route: { name: 'a', method: null, path: '/', headers: [], action: answer(500, 2) }, problem: null }];
    const routes = new RouteTable(new MockRegistry());
    routes.set(entries);
    routes.decide(request('/'));
    routes.set(entries);
    expect(routes.decide(request('/'))).not.toBeNull();
    expect(routes.decide(request('/'))).toBeNull();
    routes.set([{ ...entries[0], route: { ...entries[0].route!, action: answer(503, 2) } }]);
    expect(routes.decide(request('/'))).toMatchObject({ response: { status: 503 } });
  });

  it('maps a forward: the suffix after the fixed part and the query follow the target path', () => {
    const routes = table([{ path: '/gitlab/**', action: forward('http://localhost:3000/hooks') }, { path: '/', action: forward('http://localhost:4000') }]);
    const mapped = routes.decide(request('/gitlab/a/b?x=1&y=2'));
    expect(mapped?.kind === 'forward' && mapped.target.href).toBe('http://localhost:3000/hooks/a/b?x=1&y=2');
    const everything = routes.decide(request('/other/path?z'));
    expect(everything?.kind === 'forward' && everything.target.href).toBe('http://localhost:4000/other/path?z');
  });

  it('hands a request to a mock by name, and goes on when the mock does not know it', async () => {
    const mocks = new MockRegistry();
    mocks.register('jenkins', (req) => (req.url.startsWith('/project/') ? Promise.resolve({ status: 200, headers: [], body: 'built' }) : null));
    const routes = table([{ path: '/', action: { kind: 'mock', mock: 'jenkins' } }, { path: '/', action: answer(404) }], mocks);
    const taken = routes.decide(request('/project/build'));
    expect(taken?.kind).toBe('mock');
    expect(taken?.kind === 'mock' && (await taken.answer).body).toBe('built');
    expect(routes.decide(request('/elsewhere'))).toMatchObject({ kind: 'answer', response: { status: 404 } });
  });

  it('costs nothing with no routes: decide answers null at once', () => {
    const routes = table([]);
    expect(routes.size).toBe(0);
    expect(routes.decide(request('/anything'))).toBeNull();
  });
});

describe('route files', () => {
  const check = (value: unknown) => () => checkedRoute(value, ['gitlab-trigger', 'jenkins']);
  const base = { name: 'r', path: '/hooks', action: answer(200) };

  it('fills in defaults and keeps one key order', () => {
    expect(checkedRoute({ name: ' To receiver ', path: '/gitlab/**', action: { kind: 'forward', url: 'http://localhost:3000/hooks' } }, [])).toEqual({
      name: 'To receiver', method: null, path: '/gitlab/**', headers: [],
      action: { kind: 'forward', url: 'http://localhost:3000/hooks', timeoutMs: 10_000, keepHost: false },
    });
  });

  it('names each mistake in words', () => {
    expect(check({ ...base, path: 'hooks' })).toThrow('Route: "path" must be a path starting with "/", like "/hooks/gitlab/**".');
    expect(check({ ...base, method: 'post' })).toThrow('"method" must be an HTTP method in capitals');
    expect(check({ ...base, action: { kind: 'reply' } })).toThrow('"action.kind" must be "answer", "forward" or "mock", not "reply".');
    expect(check({ ...base, action: { ...answer(200), delayMs: 31_000 } })).toThrow('"action.delayMs" must be a whole number from 0 to 30000, not 31000.');
    expect(check({ ...base, action: { ...answer(99) } })).toThrow('"action.status" must be a whole number from 100 to 599, not 99.');
    expect(check({ ...base, action: { ...answer(200), next: 0 } })).toThrow('"action.next" must be a whole number from 1 to 1000000, not 0.');
    expect(check({ ...base, action: { kind: 'mock', mock: 'github' } })).toThrow('"action.mock" must be the name of a mock: gitlab-trigger, jenkins, not "github".');
    expect(check({ ...base, action: { kind: 'forward', url: 'ftp://x' } })).toThrow('must start with http:// or https://');
    expect(check({ ...base, headers: [['X-Gitlab-Event']] })).toThrow('"headers" must be a list of [name, value] pairs of text');
  });

  it('refuses a secret: credentials in the target, a token value to match', () => {
    expect(check({ ...base, action: { kind: 'forward', url: 'http://me:pw@localhost:3000' } })).toThrow('keep user:password@ out of the forward target');
    expect(check({ ...base, headers: [['X-Gitlab-Token', 's3cret']] })).toThrow('Write "*" as its value to match any X-Gitlab-Token');
    expect(check({ ...base, headers: [['X-Gitlab-Token', '*']] })()).toMatchObject({ headers: [['X-Gitlab-Token', '*']] });
  });
});
