import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GITLAB_BODY_LIMIT_BYTES } from '@shared/settings';
import { bodyBytes, useCores } from '../support/core-harness';
import { rawRequest } from '../support/raw-http';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

async function newest(core: Awaited<ReturnType<typeof startCore>>['core']) {
  const page = await core.handlers.listDeliveries({ offset: 0, limit: 1 });
  const detail = await core.handlers.getDelivery(page.rows[0].id);
  if (!detail) throw new Error('no delivery stored');
  return detail;
}

describe('capture', () => {
  it('keeps headers in their order and case, duplicates included, and the body byte for byte', async () => {
    const { core, port } = await startCore(tempDir());
    const body = Buffer.from('{"object_kind":"push","ref":"refs/heads/main"}');
    const reply = await rawRequest(
      port,
      `POST /hooks/gitlab?project=42 HTTP/1.1
Host: 127.0.0.1:${port}
X-Gitlab-Event: Push Hook
X-Custom: first
x-custom: second
Content-Type: application/json
Content-Length: ${body.length}
Connection: close
`,
      body,
    );
    expect(reply.status).toBe(200);

    const detail = await newest(core);
    expect(detail).toMatchObject({
      origin: 'captured', method: 'POST', url: '/hooks/gitlab?project=42', httpVersion: '1.1',
      provider: 'gitlab', event: 'Push Hook', status: 200, requestSize: body.length, overLimit: false,
    });
    expect(detail.requestHeaders).toEqual([
      ['Host', `127.0.0.1:${port}`],
      ['X-Gitlab-Event', 'Push Hook'],
      ['X-Custom', 'first'],
      ['x-custom', 'second'],
      ['Content-Type', 'application/json'],
      ['Content-Length', String(body.length)],
      ['Connection', 'close'],
    ]);
    expect(detail.remoteAddress).toMatch(/127\.0\.0\.1/);
    expect(await bodyBytes(core, detail.id)).toEqual(body);
    expect((await bodyBytes(core, detail.id, 'response')).toString()).toBe('OK\n');
  });

  it('accepts any method on any path and stores binary bodies exactly', async () => {
    const { core, port } = await startCore(tempDir());
    const binary = randomBytes(64 * 1024);
    const put = await fetch(`http://127.0.0.1:${port}/deep/path/x.bin`, { method: 'PUT', body: binary });
    expect(put.status).toBe(200);
    const get = await fetch(`http://127.0.0.1:${port}/?a=1&a=2`);
    expect(get.status).toBe(200);

    const page = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(page.rows.map((r) => [r.method, r.url])).toEqual([
      ['GET', '/?a=1&a=2'],
      ['PUT', '/deep/path/x.bin'],
    ]);
    expect(await bodyBytes(core, page.rows[1].id)).toEqual(binary);
  });

  it('stores malformed JSON as received and still names the event from the header', async () => {
    const { core, port } = await startCore(tempDir());
    const broken = '{"object_kind": "push", "ref": ';
    await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook', 'Content-Type': 'application/json' }, body: broken,
    });
    const detail = await newest(core);
    expect(detail.event).toBe('Push Hook');
    expect((await bodyBytes(core, detail.id)).toString()).toBe(broken);
  });

  it.each([
    [{ 'X-GitHub-Event': 'push' }, '{}', 'github', 'push'],
    [{ 'X-Gitea-Event': 'pull_request' }, '{}', 'gitea', 'pull_request'],
    [{ 'X-Event-Key': 'repo:push' }, '{}', 'bitbucket', 'repo:push'],
    [{}, '{"object_kind":"merge_request"}', 'gitlab', 'Merge Request Hook'],
    [{}, '{"event_name":"user_add_to_group","group_id":1}', 'gitlab', 'Member Hook'],
    [{}, 'plain text', 'other', null],
  ])('detects the event of %j %s', async (headers, body, provider, event) => {
    const { core, port } = await startCore(tempDir());
    await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers, body });
    expect(await newest(core)).toMatchObject({ provider, event });
  });

  it('stores a body of exactly 25 MB whole and answers 413 to a larger one, still listing it', async () => {
    const { core, port } = await startCore(tempDir());
    const atLimit = randomBytes(GITLAB_BODY_LIMIT_BYTES);
    expect((await fetch(`http://127.0.0.1:${port}/big`, { method: 'POST', body: atLimit })).status).toBe(200);
    const stored = await newest(core);
    expect(stored.overLimit).toBe(false);
    expect((await bodyBytes(core, stored.id)).equals(atLimit)).toBe(true);

    const over = await fetch(`http://127.0.0.1:${port}/bigger`, {
      method: 'POST', body: Buffer.alloc(GITLAB_BODY_LIMIT_BYTES + 1, 0x61),
    });
    expect(over.status).toBe(413);
    const listed = await newest(core);
    expect(listed).toMatchObject({ url: '/bigger', status: 413, overLimit: true, requestSize: GITLAB_BODY_LIMIT_BYTES + 1 });
    expect((await bodyBytes(core, listed.id)).length).toBe(0);
  });

  it('answers with the configured default response, and the delivery records it', async () => {
    const { core, port } = await startCore(tempDir());
    await core.handlers.updateSettings({
      receiver: { defaultResponse: { status: 500, headers: [['X-Reason', 'testing']], body: 'nope', delayMs: 0 } },
    });
    const reply = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' });
    expect([reply.status, reply.headers.get('x-reason'), await reply.text()]).toEqual([500, 'testing', 'nope']);
    const detail = await newest(core);
    expect(detail.status).toBe(500);
    expect(detail.responseHeaders).toContainEqual(['X-Reason', 'testing']);
    expect(await core.handlers.getCounts()).toEqual({ total: 1, failures: 1, internalErrors: 0 });
  });

  it('announces new deliveries to subscribers within a fraction of a second', async () => {
    const { core, port } = await startCore(tempDir());
    const announced = new Promise<number[]>((resolve) => {
      core.subscribe((name, payload) => {
        if (name === 'deliveriesChanged') resolve((payload as { ids: number[] }).ids);
      });
    });
    const sentAt = Date.now();
    await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' });
    const ids = await announced;
    expect(ids).toHaveLength(1);
    expect(Date.now() - sentAt).toBeLessThan(500);
  });

  it('hands a subscriber only the events it named, and the new rows to one that wants them', async () => {
    const { core, port } = await startCore(tempDir());
    const storageOnly: string[] = [];
    core.subscribe((name) => storageOnly.push(name), ['storageState']);
    const announced = new Promise<{ rows: Array<{ url: string }> }>((resolve) => {
      core.subscribe((name, payload) => name === 'deliveriesChanged' && resolve(payload as { rows: Array<{ url: string }> }), ['deliveriesChanged']);
    });
    await fetch(`http://127.0.0.1:${port}/named`, { method: 'POST', body: '{}' });
    expect((await announced).rows.map((row) => row.url)).toEqual(['/named']);
    expect(storageOnly.filter((name) => name !== 'storageState')).toEqual([]);
  });
});

describe('capture of hostile or odd input', () => {
  it('keeps every delivery of a burst when one body names a built-in property as its object_kind', async () => {
    const { core, port } = await startCore(tempDir());
    const bodies = ['{"object_kind":"constructor"}', '{"object_kind":"__proto__"}', ...Array.from({ length: 30 }, () => '{}')];
    const statuses = await Promise.all(
      bodies.map((body) => fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body }).then((r) => r.status)),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const page = await core.handlers.listDeliveries({ offset: 0, limit: 100 });
    expect(page.total).toBe(bodies.length);
    expect(page.rows.every((row) => row.event === null)).toBe(true);
  });

  it('tells Gitea from GitHub although Gitea sends X-GitHub-Event too, and sniffs JSON after white space', async () => {
    const { core, port } = await startCore(tempDir());
    await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST', headers: { 'X-GitHub-Event': 'push', 'X-Gitea-Event': 'push' }, body: '{}',
    });
    expect(await newest(core)).toMatchObject({ provider: 'gitea', event: 'push' });
    await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '\n  {"object_kind":"pipeline"}' });
    expect(await newest(core)).toMatchObject({ provider: 'gitlab', event: 'Pipeline Hook' });
  });

  it('cuts off a sender that goes on far past the limit, still listing the delivery', async () => {
    const { core, port } = await startCore(tempDir());
    await core.handlers.updateSettings({ receiver: { bodyLimitBytes: 1000 } });
    const reply = await rawRequest(
      port,
      `POST /flood HTTP/1.1\nHost: 127.0.0.1\nTransfer-Encoding: chunked\n`,
      Buffer.from(`${(4 * 1024 * 1024).toString(16)}\r\n${'x'.repeat(4 * 1024 * 1024)}\r\n`),
    );
    expect(reply.status).toBe(413);
    const listed = await newest(core);
    expect(listed).toMatchObject({ url: '/flood', status: 413, overLimit: true });
    expect(listed.requestSize).toBeLessThan(4 * 1024 * 1024);
  });
});
