import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryRecord } from '../../../src/main/core/store/delivery-record';
import { gitlabHeaders } from '../../../src/main/core/sender/gitlab-headers';
import { splitUserInfo } from '../../../src/main/core/sender/http-url';
import { outboundRecord } from '../../../src/main/core/sender/outbound-record';
import { sendRequest } from '../../../src/main/core/sender/send-request';
import { verifyToken } from '../../../src/main/core/verify/secret-token';
import { generateSigningToken, verifySignature } from '../../../src/main/core/verify/standard-webhooks';
import { closedPort, startReceiver, type LocalServer } from '../../support/local-servers';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const pairsOf = (flat: string[]) => Array.from({ length: flat.length / 2 }, (_, i): [string, string] => [flat[2 * i], flat[2 * i + 1]]);

/** The whole path a composer or `hookbench send` takes: credentials out of the URL, GitLab's headers, send, record. */
async function sendAsGitlab(target: string, options: { secretToken?: string; signingToken?: string; body: Buffer }) {
  const { url, authorization } = splitUserInfo(target);
  const headers = gitlabHeaders({ event: 'Push Hook', gitlabUrl: 'https://gitlab.example.com', authorization, ...options });
  const result = await sendRequest({ method: 'POST', url, headers, body: options.body, timeoutMs: 2_000 });
  return outboundRecord({ origin: 'sample', method: 'POST', url, body: options.body, result, event: 'Push Hook' });
}

describe('sending a sample as GitLab does', () => {
  it('reaches the receiver with Basic auth instead of userinfo, a valid token and signature, and is recorded as sent', async () => {
    const server = await startReceiver({ status: 201, body: 'queued', headers: [['Content-Type', 'text/plain']] });
    servers.push(server);
    const signingToken = generateSigningToken();
    const secretToken = 'jenkins-secret';
    const body = Buffer.from('{"object_kind":"push","ref":"refs/heads/main"}');

    const record = await sendAsGitlab(`http://jenkins:p%40ss@127.0.0.1:${server.port}/project/job?token=1`, { secretToken, signingToken, body });

    const [seen] = server.seen;
    expect(seen.url).toBe('/project/job?token=1');
    const seenHeaders = pairsOf(seen.rawHeaders);
    expect(seenHeaders).toContainEqual(['Authorization', `Basic ${Buffer.from('jenkins:p@ss').toString('base64')}`]);
    expect(seenHeaders.find(([name]) => name === 'Host')?.[1]).toBe(`127.0.0.1:${server.port}`);
    expect(seen.body.equals(body)).toBe(true);

    const nowSeconds = Math.floor(Date.now() / 1000);
    expect(verifySignature({ signingToken, headers: seenHeaders, body: seen.body, nowSeconds }).verdict).toBe('valid');
    expect(verifyToken({ secretToken, headers: seenHeaders }).verdict).toBe('valid');

    expect(record).toMatchObject<Partial<DeliveryRecord>>({
      origin: 'sample',
      parentId: null,
      method: 'POST',
      url: `http://127.0.0.1:${server.port}/project/job?token=1`,
      httpVersion: '1.1',
      remoteAddress: '127.0.0.1',
      requestHeaders: seen.rawHeaders,
      requestSize: body.byteLength,
      overLimit: false,
      provider: 'gitlab',
      event: 'Push Hook',
      status: 201,
      errorKind: null,
      errorMessage: null,
      tokenCheck: 'not-configured',
      signatureCheck: 'not-configured',
    });
    expect(record.requestBody).toBe(body);
    expect(Buffer.from(record.responseBody ?? []).toString()).toBe('queued');
    expect(record.responseHeaders?.slice(0, 2)).toEqual(['Content-Type', 'text/plain']);
    expect(record.receivedAt).toBeGreaterThan(Date.now() - 10_000);
    expect(record.durationMs).toBeGreaterThan(0);
  });

  it('records an unanswered send as an internal error with its cause', async () => {
    const port = await closedPort();
    const body = Buffer.from('{}');
    const record = await sendAsGitlab(`http://127.0.0.1:${port}/hook`, { body });
    expect(record).toMatchObject<Partial<DeliveryRecord>>({
      url: `http://127.0.0.1:${port}/hook`,
      status: null,
      errorKind: 'refused',
      errorMessage: `Connection refused by 127.0.0.1:${port} — is the receiver running?`,
      responseHeaders: null,
      responseBody: null,
      remoteAddress: null,
    });
    expect(record.requestHeaders).toContain('X-Gitlab-Event');
  });
});
