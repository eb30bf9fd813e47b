import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

function writeRoute(dataDir: string, file: string, route: object): void {
  const folder = join(dataDir, 'samples', 'routes');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, file), JSON.stringify(route));
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, limitMs = 5_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('routes at the receiver', () => {
  it('answers as an --answer flag says, after its delay, and stores that answer', async () => {
    const { core, port } = await startCore(tempDir(), {}, undefined, { routeFlags: { answers: ['/slow 202 delay=300ms body=later', '/fail 500'] } });
    const started = performance.now();
    const slow = await fetch(`http://127.0.0.1:${port}/slow/push`, { method: 'POST', body: '{}' });
    expect(slow.status).toBe(202);
    expect(await slow.text()).toBe('later');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect((await fetch(`http://127.0.0.1:${port}/fail`, { method: 'POST' })).status).toBe(500);
    expect((await fetch(`http://127.0.0.1:${port}/other`, { method: 'POST' })).status).toBe(200);
    const page = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(page.rows.map((row) => [row.url, row.status])).toEqual([['/other', 200], ['/fail', 500], ['/slow/push', 202]]);
  });

  it('picks up a route file written, edited and removed on disk while listening', async () => {
    const dataDir = tempDir();
    const { core, port } = await startCore(dataDir);
    const post = async () => (await fetch(`http://127.0.0.1:${port}/hooks/push`, { method: 'POST', body: '{}' })).status;
    expect(await post()).toBe(200);
    writeRoute(dataDir, 'fail.json', { name: 'Fail', path: '/hooks', action: { kind: 'answer', status: 503 } });
    expect(await until(post, (status) => status === 503)).toBe(503);
    writeRoute(dataDir, 'fail.json', { name: 'Fail', path: '/hooks', action: { kind: 'answer', status: 418, next: 1 } });
    expect(await until(post, (status) => status === 418)).toBe(418);
    expect(await post()).toBe(200);
    const listed = await core.handlers.listRoutes();
    expect(listed.entries).toMatchObject([{ file: 'fail.json', route: { name: 'Fail' }, problem: null }]);
    writeRoute(dataDir, 'fail.json', { name: 'Fail', path: '/hooks', action: { kind: 'answer', status: 503 } });
    expect(await until(post, (status) => status === 503)).toBe(503);
    unlinkSync(join(dataDir, 'samples', 'routes', 'fail.json'));
    expect(await until(post, (status) => status === 200)).toBe(200);
  });

  it('lists a broken file with its problem and goes on with the others', async () => {
    const dataDir = tempDir();
    writeRoute(dataDir, 'a-broken.json', { name: 'Broken', path: 'hooks', action: { kind: 'answer', status: 500 } });
    writeRoute(dataDir, 'b-fine.json', { name: 'Fine', path: '/hooks', action: { kind: 'answer', status: 201 } });
    const { core, port } = await startCore(dataDir);
    expect((await fetch(`http://127.0.0.1:${port}/hooks`, { method: 'POST' })).status).toBe(201);
    const { entries } = await core.handlers.listRoutes();
    expect(entries[0]).toEqual({
      file: 'a-broken.json', route: null, problem: 'Route: "path" must be a path starting with "/", like "/hooks/gitlab/**".',
    });
  });

  it('saves a route from the contract and tests a path against the rules without using up a "next N"', async () => {
    const { core, port } = await startCore(tempDir());
    const file = await core.handlers.saveRoute({
      name: 'Once', method: 'POST', path: '/once', headers: [], action: { kind: 'answer', status: 500, headers: [], body: '', delayMs: 0, next: 1 },
    });
    expect(file).toBe('once.json');
    const tried = { file: 'once.json', name: 'Once', outcome: 'answered 500' };
    expect(await core.handlers.testRoute({ method: 'POST', url: '/once?x=1' })).toEqual(tried);
    expect(await core.handlers.testRoute({ method: 'post', url: '/once' })).toEqual(tried);
    expect(await core.handlers.testRoute({ method: 'GET', url: '/once' })).toEqual({
      file: null, name: null, outcome: "no route matches: the receiver's default answer",
    });
    expect((await fetch(`http://127.0.0.1:${port}/once`, { method: 'POST' })).status).toBe(500);
    expect((await fetch(`http://127.0.0.1:${port}/once`, { method: 'POST' })).status).toBe(200);
  });

  it('tries this run\'s flag routes before the folder\'s files', async () => {
    const { core } = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: 'http://localhost:3000' } });
    await core.handlers.saveRoute({ name: 'Fail', method: null, path: '/', headers: [], action: { kind: 'answer', status: 500, headers: [], body: '', delayMs: 0, next: null } });
    expect(await core.handlers.testRoute({ method: 'POST', url: '/hooks?x=1' })).toEqual({
      file: '--forward', name: '--forward http://localhost:3000', outcome: 'forwarded to http://localhost:3000/hooks?x=1',
    });
    expect((await core.handlers.listRoutes()).entries.map((entry) => entry.file)).toEqual(['--forward', 'fail.json']);
  });

  it('applies --reject-invalid after the route is chosen', async () => {
    const { port } = await startCore(tempDir(), {}, { secretToken: 'right', signingToken: null, rejectInvalid: true }, {
      routeFlags: { answers: ['/hooks 202'] },
    });
    const wrong = await fetch(`http://127.0.0.1:${port}/hooks`, { method: 'POST', headers: { 'X-Gitlab-Token': 'wrong' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`http://127.0.0.1:${port}/hooks`, { method: 'POST', headers: { 'X-Gitlab-Token': 'right' } });
    expect(right.status).toBe(202);
  });
});
