import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ContractEventName } from '@shared/contract';
import { GITLAB_BODY_LIMIT_BYTES } from '@shared/settings';
import { CONTENT_SECURITY_POLICY } from '../../src/main/faces/security';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { useWebFaces } from '../support/web-face-harness';

/** node:http rather than fetch, because fetch will not send a forged Host header. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opens. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => (socket.close(), resolve(101)));
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', () => resolve(0));
  });
}

describe('web face', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();
  const startWeb = useWebFaces();

  async function start() {
    const { core, port: receiverPort } = await startCore(tempDir());
    const rendererDir = tempDir();
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Hookbench</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    const web = await startWeb({ core, port: 0, rendererDir });
    const base = `http://127.0.0.1:${web.port}`;
    const call = (method: string, args: unknown[], headers: Record<string, string> = { Authorization: `Bearer ${web.token}` }) =>
      fetch(`${base}/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ args }) });
    return { core, receiverPort, web, base, call };
  }

  it('prints a URL on 127.0.0.1 that carries a long random token', async () => {
    const { web } = await start();
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=${web.token}`);
    expect(web.token).toMatch(/^[\w-]{32}$/);
  });

  it('answers a call made with the token', async () => {
    const { call } = await start();
    const response = await call('getCounts', []);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { total: 0, failures: 0, internalErrors: 0 } });
  });

  it('answers null for a method that returns nothing', async () => {
    const { call } = await start();
    expect(await (await call('clearDeliveries', [])).json()).toEqual({ result: null });
  });

  it('refuses calls without the token, or with a wrong one, in words', async () => {
    const { call } = await start();
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: 'Basic abc' }] as Record<string, string>[]) {
      const response = await call('getCounts', [], headers);
      expect(response.status).toBe(403);
      expect((await response.json()).failure.message).toMatch(/valid token is required/);
    }
  });

  it('refuses calls from another Origin even with the token', async () => {
    const { call, web } = await start();
    const response = await call('getCounts', [], { Authorization: `Bearer ${web.token}`, Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect((await response.json()).failure.message).toMatch(/evil\.example may not use/);
    const own = await call('getCounts', [], { Authorization: `Bearer ${web.token}`, Origin: `http://localhost:${web.port}` });
    expect(own.status).toBe(200);
  });

  it('refuses any request whose Host is not a loopback name with our port (DNS rebinding)', async () => {
    const { web } = await start();
    for (const host of ['rebind.example', `rebind.example:${web.port}`, `127.0.0.1:${web.port + 1}`, '127.0.0.1']) {
      const page = await get(web.port, '/', { Host: host });
      expect(page.status, host).toBe(403);
      expect(page.body).toMatch(/not a name of this Hookbench UI/);
    }
    for (const host of [`127.0.0.1:${web.port}`, `localhost:${web.port}`, `[::1]:${web.port}`]) {
      expect((await get(web.port, '/', { Host: host })).status, host).toBe(200);
    }
  });

  it('serves the renderer without a token, with the CSP, and nothing outside its folder', async () => {
    const { web } = await start();
    const page = await get(web.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect((await get(web.port, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await get(web.port, '/..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect([400, 404]).toContain((await get(web.port, '/assets/%E0%A4%A')).status);
  });

  it('answers unknown methods with 404, bad JSON and mistyped arguments with 400, and refuses bad values in words as an answer', async () => {
    const { call, base, web } = await start();
    const unknown = await call('dropTables', []);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).failure.message).toMatch(/Unknown method "dropTables"/);
    const badJson = await fetch(`${base}/api/call/getCounts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}` },
      body: '{"args": [',
    });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).failure.message).toMatch(/not valid JSON/);
    const mistyped = await call('listDeliveries', [{ offset: 0, limit: 'all' }]);
    expect(mistyped.status).toBe(400);
    expect((await mistyped.json()).failure).toMatchObject({ code: 'bad-call/arguments', message: expect.stringMatching(/limit must be a whole number/) });
    const badQuery = await call('listDeliveries', [{ offset: 0, limit: 5000 }]);
    expect(badQuery.status).toBe(200);
    expect((await badQuery.json()).failure).toMatchObject({ kind: 'refused', message: expect.stringMatching(/limit must be a whole number from 1 to 1000/) });
  });

  it('refuses WebSocket upgrades without the token, with a wrong Origin or a foreign Host', async () => {
    const { web } = await start();
    const events = `ws://127.0.0.1:${web.port}/api/events`;
    expect(await upgradeStatus(events)).toBe(403);
    expect(await upgradeStatus(`${events}?token=wrong`)).toBe(403);
    expect(await upgradeStatus(`${events}?token=${web.token}`, { Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(`${events}?token=${web.token}`, { Host: 'rebind.example' })).toBe(403);
    expect(await upgradeStatus(`ws://127.0.0.1:${web.port}/elsewhere?token=${web.token}`)).toBe(404);
    expect(await upgradeStatus(`${events}?token=${web.token}`, { Origin: `http://127.0.0.1:${web.port}` })).toBe(101);
  });

  it('sends the current state on connect, then each new delivery as it is stored', async () => {
    const { web, receiverPort } = await start();
    const socket = new WebSocket(`ws://127.0.0.1:${web.port}/api/events?token=${web.token}`);
    const received: Array<{ name: ContractEventName; payload: any }> = [];
    const waitFor = (predicate: () => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => (predicate() ? resolve() : setTimeout(check, 10));
        check();
      });
    socket.on('message', (data) => received.push(JSON.parse(String(data))));
    await waitFor(() => received.length >= 2);
    expect(received[0]).toMatchObject({ name: 'receiverState', payload: { status: 'listening', port: receiverPort } });
    expect(received[1]).toMatchObject({ name: 'deliveriesChanged', payload: { more: true, counts: { total: 0 } } });

    await fetch(`http://127.0.0.1:${receiverPort}/hook`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body: '{}' });
    await waitFor(() => received.some((event) => event.name === 'deliveriesChanged' && event.payload.ids.length > 0));
    const added = received.find((event) => event.name === 'deliveriesChanged' && event.payload.ids.length > 0)!;
    expect(added.payload).toMatchObject({ ids: [1], removed: false, counts: { total: 1 } });
    socket.close();
  });

  it('subscribes to the core only while a tab is connected', async () => {
    const { core, web } = await start();
    let subscribed = 0;
    const subscribe = core.subscribe.bind(core);
    core.subscribe = (listener, events) => {
      subscribed += 1;
      const unsubscribe = subscribe(listener, events);
      return () => {
        subscribed -= 1;
        unsubscribe();
      };
    };
    const open = async () => {
      const socket = new WebSocket(`ws://127.0.0.1:${web.port}/api/events?token=${web.token}`);
      await once(socket, 'message');
      return socket;
    };
    expect(subscribed).toBe(0);
    const [first, second] = [await open(), await open()];
    expect(subscribed).toBe(1);
    first.close();
    await once(first, 'close');
    expect(subscribed).toBe(1);
    second.close();
    await once(second, 'close');
    await expect.poll(() => subscribed).toBe(0);
  });

  it('takes a payload up to the receiver\'s 25 MB limit, even one whose JSON escaping doubles it on the way', async () => {
    const { call, receiverPort, core } = await start();
    // Each \" of the payload is four characters once the call's JSON escapes it: about 50 MB on the wire.
    const filler = '\\"'.repeat((GITLAB_BODY_LIMIT_BYTES - 1024) / 2);
    const payload = `{"object_kind":"push","note":"${filler}"}`;
    const body = JSON.stringify({ args: [{ to: `http://127.0.0.1:${receiverPort}/big`, event: 'Push Hook', payload }] });
    expect(body.length).toBeGreaterThan(2 * GITLAB_BODY_LIMIT_BYTES - 4096);
    const response = await call('sendSample', [{ to: `http://127.0.0.1:${receiverPort}/big`, event: 'Push Hook', payload }]);
    expect(response.status).toBe(200);
    expect((await response.json()).result).toMatchObject({ origin: 'sample', status: 200, requestSize: payload.length });
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 2, origins: ['captured'] });
    expect(rows[0]).toMatchObject({ url: '/big', requestSize: payload.length, overLimit: false });
  });
});
