import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  isAnswered,
  RESPONSE_BODY_KEEP_BYTES,
  sendRequest,
  type SendResult,
} from '../../../src/main/core/sender/send-request';
import { timeoutFailure } from '../../../src/main/core/sender/transport-error';
import {
  closedPort,
  selfSignedCertificate,
  startReceiver,
  startTlsReceiver,
  type Behaviour,
  type LocalServer,
} from '../../support/local-servers';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function receiver(behaviour: Behaviour): Promise<LocalServer> {
  const server = await startReceiver(behaviour);
  servers.push(server);
  return server;
}

function answered(result: SendResult) {
  if (!isAnswered(result)) throw new Error(`expected an answer, got ${result.errorKind}: ${result.errorMessage}`);
  return result;
}

function failed(result: SendResult) {
  if (isAnswered(result)) throw new Error(`expected no answer, got ${result.status}`);
  return result;
}

const body = Buffer.from('{"object_kind":"push","message":"caf\u00e9 \u2603"}\r\n\u0000\u00ff', 'utf8');
const headers: Array<[string, string]> = [
  ['Content-Type', 'application/json'],
  ['X-Gitlab-Event', 'Push Hook'],
  ['webhook-id', 'abc'],
  ['x-MiXeD-CaSe', 'kept'],
  ['X-Repeated', 'one'],
  ['X-Repeated', 'two'],
];

describe('sendRequest', () => {
  it('delivers header names, case, order, duplicates and body bytes exactly, then adds only Host, Content-Length, Connection', async () => {
    const server = await receiver({ status: 200, body: 'ok', headers: [['X-Answer', 'yes'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']] });
    const result = answered(await sendRequest({ url: `${server.url}/hooks/gitlab?project=7`, headers, body }));

    const [seen] = server.seen;
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/hooks/gitlab?project=7');
    expect(seen.body.equals(body)).toBe(true);
    expect(seen.rawHeaders).toEqual([
      ...headers.flat(),
      'Host', `127.0.0.1:${server.port}`,
      'Content-Length', String(body.byteLength),
      'Connection', 'close',
    ]);
    expect(result.requestHeaders.flat()).toEqual(seen.rawHeaders);

    expect(result.status).toBe(200);
    expect(Buffer.from(result.responseBody).toString()).toBe('ok');
    expect(result.responseHeaders.slice(0, 3)).toEqual([['X-Answer', 'yes'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]);
    expect(result.remoteAddress).toBe('127.0.0.1');
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it('replaces transport headers a replayed capture carries with ones true for this connection', async () => {
    const server = await receiver({ status: 200 });
    const stale: Array<[string, string]> = [['Host', 'old-host:8000'], ['Content-Length', '999'], ['Transfer-Encoding', 'chunked'], ['X-Kept', '1']];
    await sendRequest({ url: server.url, headers: stale, body });
    expect(server.seen[0].rawHeaders).toEqual(['X-Kept', '1', 'Host', `127.0.0.1:${server.port}`, 'Content-Length', String(body.byteLength), 'Connection', 'close']);
    expect(server.seen[0].body.equals(body)).toBe(true);
  });

  it('reports 404 and 500 as answers with their bodies, not as transport errors', async () => {
    for (const status of [404, 500]) {
      const server = await receiver({ status, body: `status ${status}` });
      const result = answered(await sendRequest({ url: server.url, headers, body }));
      expect(result.status).toBe(status);
      expect(Buffer.from(result.responseBody).toString()).toBe(`status ${status}`);
    }
  });

  it('gives up on a receiver that hangs past the timeout', async () => {
    const server = await receiver('hang');
    const result = failed(await sendRequest({ url: server.url, headers, body, timeoutMs: 300 }));
    expect(result.errorKind).toBe('timeout');
    expect(result.errorMessage).toBe('No response within 0.3 s');
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(2_000);
    expect(server.seen).toHaveLength(1);
  });

  it("names GitLab's default in the timeout message", () => {
    expect(timeoutFailure(10_000, false).errorMessage).toBe("No response within 10 s (GitLab's default webhook timeout)");
  });

  it('reports a reset connection, and one closed without an answer', async () => {
    const reset = await receiver('reset');
    const result = failed(await sendRequest({ url: reset.url, headers, body }));
    expect(result.errorKind).toBe('reset');
    expect(result.errorMessage).toBe(`The connection to 127.0.0.1:${reset.port} was reset before a full response`);

    const closed = await receiver('close');
    const hangUp = failed(await sendRequest({ url: closed.url, headers, body }));
    expect(hangUp.errorKind).toBe('reset');
    expect(hangUp.errorMessage).toBe(`127.0.0.1:${closed.port} closed the connection without answering`);
  });

  it('reports a connection cut in the middle of the response body as a reset', async () => {
    const server = await receiver('partial');
    const result = failed(await sendRequest({ url: server.url, headers, body }));
    expect(result.errorKind).toBe('reset');
    expect(result.errorMessage).toBe(`The connection to 127.0.0.1:${server.port} was reset before a full response`);
  });

  it('keeps the first 25 MB of a larger response and still completes', async () => {
    const big = 'x'.repeat(RESPONSE_BODY_KEEP_BYTES + 4096);
    const server = await receiver({ status: 200, body: big });
    const result = answered(await sendRequest({ url: server.url, headers, body }));
    expect(result.responseBody.byteLength).toBe(RESPONSE_BODY_KEEP_BYTES);
  });

  it('reports a refused connection in words', async () => {
    const port = await closedPort();
    const result = failed(await sendRequest({ url: `http://127.0.0.1:${port}/`, headers, body }));
    expect(result).toMatchObject({
      errorKind: 'refused',
      errorMessage: `Connection refused by 127.0.0.1:${port} — is the receiver running?`,
      requestHeaders: expect.any(Array),
    });
  });

  it('refuses URLs it cannot send to before any I/O', () => {
    expect(() => sendRequest({ url: 'ftp://example.com/', headers, body })).toThrow(/must start with http:\/\/ or https:\/\//);
    expect(() => sendRequest({ url: 'not a url', headers, body })).toThrow(/is not a URL/);
    expect(() => sendRequest({ url: 'http://u:p@127.0.0.1/', headers, body })).toThrow(/splitUserInfo/);
  });

  describe('over TLS with a self-signed certificate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookbench-tls-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const credentials = selfSignedCertificate(dir);
    const unavailable = 'unavailable' in credentials ? credentials.unavailable : null;
    if (unavailable) console.warn(`Skipping the TLS send tests: ${unavailable}`);

    it.skipIf(unavailable !== null)('fails as tls with verification on, answers with it off', async () => {
      if ('unavailable' in credentials) return;
      const server = await startTlsReceiver(credentials, { status: 200, body: 'secure ok' });
      servers.push(server);

      const refused = failed(await sendRequest({ url: server.url, headers, body }));
      expect(refused.errorKind).toBe('tls');
      expect(refused.errorMessage).toBe('TLS: self-signed certificate — turn off SSL verification for this target if you trust it');
      expect(server.seen).toHaveLength(0);

      const result = answered(await sendRequest({ url: server.url, headers, body, verifyTls: false }));
      expect(result.status).toBe(200);
      expect(Buffer.from(result.responseBody).toString()).toBe('secure ok');
      expect(server.seen[0].body.equals(body)).toBe(true);
      expect(server.seen[0].rawHeaders.slice(0, headers.length * 2)).toEqual(headers.flat());
    });

  });

  it('says so when an https URL reaches a plain http receiver', async () => {
    const plain = await receiver({ status: 200 });
    const result = failed(await sendRequest({ url: plain.url.replace('http:', 'https:'), headers, body }));
    expect(result.errorKind).toBe('tls');
    expect(result.errorMessage).toBe('TLS: the target did not answer in TLS — is it plain http://?');
  });
});
