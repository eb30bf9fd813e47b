import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { bodyBytes, useCores } from '../../support/core-harness';
import { rawRequest } from '../../support/raw-http';
import { startReceiver } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';
import { forwardedPair, legStored } from './forward-support';

const tempDir = useTempDirs();
const startCore = useCores();

describe('forwarding', () => {
  it('passes method, mapped path, headers in order and case and the body to the target, and its answer back unchanged', async () => {
    const target = await startReceiver({ status: 201, body: '{"queued":true}', headers: [['X-Receiver', 'one'], ['x-receiver', 'two'], ['Content-Type', 'application/json'], ['Content-Length', '15']] });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { routes: [`POST /gitlab/** -> ${target.url}/hooks`] } });
    const body = Buffer.from('{"object_kind":"push","ref":"refs/heads/main"}');
    const reply = await rawRequest(started.port, `POST /gitlab/push/main?project=42&x=1 HTTP/1.1
Host: gitlab-facing.example:${started.port}
X-Gitlab-Event: Push Hook
X-Gitlab-Token: s3cret
X-Dup: first
x-dup: second
Keep-Alive: timeout=5
Content-Type: application/json
Content-Length: ${body.length}
Connection: close, Keep-Alive
`, body);
    expect(reply.status).toBe(201);
    expect(reply.head).toContain('\r\nX-Receiver: one\r\nx-receiver: two\r\nContent-Type: application/json\r\nContent-Length: 15\r\n');
    expect(reply.body.toString()).toBe('{"queued":true}');
    await target.close();

    const [seen] = target.seen;
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/hooks/push/main?project=42&x=1');
    expect(seen.rawHeaders).toEqual([
      'Host', `127.0.0.1:${target.port}`,
      'X-Gitlab-Event', 'Push Hook',
      'X-Gitlab-Token', 's3cret',
      'X-Dup', 'first',
      'x-dup', 'second',
      'Content-Type', 'application/json',
      'Content-Length', String(body.length),
      // node's own client adds this, the agent keeps connections to the target open.
      'Connection', 'keep-alive',
    ]);
    expect(seen.body).toEqual(body);

    await legStored(started);
    const { captured, leg } = await forwardedPair(started);
    expect(captured).toMatchObject({ origin: 'captured', status: 201, url: '/gitlab/push/main?project=42&x=1', event: 'Push Hook' });
    expect(leg).toMatchObject({ origin: 'forwarded', parentId: captured.id, status: 201, url: `${target.url}/hooks/push/main?project=42&x=1`, method: 'POST' });
    expect(await bodyBytes(started.core, leg.id, 'response')).toEqual(Buffer.from('{"queued":true}'));
    expect(await bodyBytes(started.core, captured.id, 'response')).toEqual(Buffer.from('{"queued":true}'));
    expect(await bodyBytes(started.core, leg.id, 'request', true)).toEqual(body);
  });

  it('keeps the sender\'s Host when the route says so', async () => {
    const target = await startReceiver({ status: 200 });
    const started = await startCore(tempDir());
    await started.core.handlers.saveRoute({
      name: 'Keep host', method: null, path: '/', headers: [], action: { kind: 'forward', url: target.url, timeoutMs: 10_000, keepHost: true },
    });
    await started.core.handlers.listRoutes();
    const reply = await rawRequest(started.port, `POST /x HTTP/1.1\nHost: gitlab-facing.example\nContent-Length: 2\nConnection: close\n`, Buffer.from('{}'));
    expect(reply.status).toBe(200);
    await target.close();
    expect(target.seen[0].rawHeaders.slice(0, 2)).toEqual(['Host', 'gitlab-facing.example']);
  });

  it('sends a chunked binary body whole, with its length, byte for byte', async () => {
    const target = await startReceiver({ status: 200 });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: target.url } });
    const part1 = randomBytes(3000);
    const part2 = randomBytes(5000);
    const chunked = Buffer.concat([
      Buffer.from(`${part1.length.toString(16)}\r\n`), part1, Buffer.from('\r\n'),
      Buffer.from(`${part2.length.toString(16)}\r\n`), part2, Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const reply = await rawRequest(started.port, `PUT /bin HTTP/1.1\nHost: x\nContent-Type: application/octet-stream\nTransfer-Encoding: chunked\nConnection: close\n`, chunked);
    expect(reply.status).toBe(200);
    await target.close();
    const [seen] = target.seen;
    expect(seen.method).toBe('PUT');
    expect(seen.body).toEqual(Buffer.concat([part1, part2]));
    expect(seen.rawHeaders).not.toContain('Transfer-Encoding');
    expect(seen.rawHeaders.slice(-4, -2)).toEqual(['Content-Length', String(part1.length + part2.length)]);
  });

  it('leaves gzip bodies compressed both ways', async () => {
    const answer = gzipSync('{"ok":true}');
    const target = await startReceiver({ status: 200, headers: [['Content-Encoding', 'gzip'], ['Content-Length', String(answer.length)]], body: answer as never });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: target.url } });
    const sent = gzipSync(JSON.stringify({ object_kind: 'push' }));
    const reply = await rawRequest(started.port, `POST /z HTTP/1.1\nHost: x\nContent-Encoding: gzip\nContent-Length: ${sent.length}\nConnection: close\n`, sent);
    await target.close();
    expect(target.seen[0].body).toEqual(sent);
    expect(reply.body).toEqual(answer);
    expect(gunzipSync(reply.body).toString()).toBe('{"ok":true}');
  });

  it('forwards a 25 MB body unchanged', async () => {
    const target = await startReceiver({ status: 200 });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: target.url } });
    const big = randomBytes(25 * 1024 * 1024);
    const response = await fetch(`http://127.0.0.1:${started.port}/big`, { method: 'POST', body: big });
    expect(response.status).toBe(200);
    await target.close();
    const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    expect(digest(target.seen[0].body)).toBe(digest(big));
  }, 60_000);

  it('keeps Standard Webhooks signatures valid at the target', async () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const target = await startReceiver({ status: 204 });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: target.url } });
    const payload = JSON.stringify({ object_kind: 'push', note: '<b>&</b>' });
    const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
    const now = new Date();
    const signature = new Webhook(secret).sign(id, now, payload);
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const response = await fetch(`http://127.0.0.1:${started.port}/signed`, {
      method: 'POST', body: payload, headers: { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature },
    });
    expect(response.status).toBe(204);
    await target.close();
    const [seen] = target.seen;
    const headers = Object.fromEntries(Array.from({ length: seen.rawHeaders.length / 2 }, (_, i) => [seen.rawHeaders[2 * i].toLowerCase(), seen.rawHeaders[2 * i + 1]]));
    expect(new Webhook(secret).verify(seen.body, headers)).toEqual(JSON.parse(payload));
  });
});
