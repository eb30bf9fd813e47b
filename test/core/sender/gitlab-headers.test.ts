import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerValue } from '@shared/headers';
import { gitlabHeaders } from '../../../src/main/core/sender/gitlab-headers';
import { splitUserInfo } from '../../../src/main/core/sender/http-url';
import { generateSigningToken } from '../../../src/main/core/verify/standard-webhooks';

const body = Buffer.from('{"object_kind":"push"}');
const now = Date.UTC(2026, 4, 1, 12, 0, 0, 750);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('gitlabHeaders', () => {
  it("lists GitLab's delivery headers in its logged order, then the Standard Webhooks ones", () => {
    const headers = gitlabHeaders({
      event: 'Push Hook',
      gitlabUrl: 'https://gitlab.example.com:8443/some/group/project',
      secretToken: 'line\nbreaks\r\nremoved',
      body,
      now,
    });
    expect(headers.map(([name]) => name)).toEqual([
      'Content-Type', 'User-Agent', 'Idempotency-Key', 'X-Gitlab-Event', 'X-Gitlab-Webhook-UUID', 'X-Gitlab-Instance',
      'X-Gitlab-Event-UUID', 'X-Gitlab-Token', 'webhook-id', 'webhook-timestamp',
    ]);
    const value = (name: string) => headerValue(headers, name);
    expect(value('Content-Type')).toBe('application/json');
    expect(value('User-Agent')).toBe('GitLab/19.1.0');
    expect(value('X-Gitlab-Event')).toBe('Push Hook');
    expect(value('X-Gitlab-Instance')).toBe('https://gitlab.example.com:8443');
    expect(value('X-Gitlab-Token')).toBe('linebreaksremoved');
    expect(value('Idempotency-Key')).toMatch(UUID);
    expect(value('webhook-id')).toBe(value('Idempotency-Key'));
    expect(value('webhook-timestamp')).toBe(String(Math.floor(now / 1000)));
    expect(value('X-Gitlab-Webhook-UUID')).toMatch(UUID);
    expect(value('X-Gitlab-Event-UUID')).toMatch(UUID);
  });

  it('keeps a given Idempotency-Key and event UUID but mints a new webhook UUID every time, as GitLab does', () => {
    const input = { event: 'Job Hook', gitlabUrl: 'https://gitlab.com', body, idempotencyKey: 'kept-key', eventUuid: 'chain' };
    const first = gitlabHeaders(input);
    const second = gitlabHeaders(input);
    expect(headerValue(second, 'Idempotency-Key')).toBe('kept-key');
    expect(headerValue(second, 'webhook-id')).toBe('kept-key');
    expect(headerValue(second, 'X-Gitlab-Event-UUID')).toBe('chain');
    expect(headerValue(second, 'X-Gitlab-Webhook-UUID')).not.toBe(headerValue(first, 'X-Gitlab-Webhook-UUID'));
    expect(headerValue(gitlabHeaders({ ...input, idempotencyKey: undefined }), 'Idempotency-Key')).not.toBe('kept-key');
  });

  it('signs id, timestamp and the raw body with the signing token', () => {
    const signingToken = generateSigningToken();
    const headers = gitlabHeaders({ event: 'Push Hook', gitlabUrl: 'https://gitlab.com', signingToken, body, now, gitlabVersion: '19.0.2' });
    expect(headers.at(-1)?.[0]).toBe('webhook-signature');
    const id = headerValue(headers, 'webhook-id');
    const key = Buffer.from(signingToken.slice(6), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${Math.floor(now / 1000)}.`).update(body).digest('base64');
    expect(headerValue(headers, 'webhook-signature')).toBe(`v1,${expected}`);
    expect(headerValue(headers, 'User-Agent')).toBe('GitLab/19.0.2');
    expect(headerValue(headers, 'X-Gitlab-Token')).toBeUndefined();
  });

  it('appends custom headers and then Basic auth from the URL', () => {
    const { authorization } = splitUserInfo('http://jenkins:s3cret@127.0.0.1:8080/project/job');
    const headers = gitlabHeaders({
      event: 'Push Hook', gitlabUrl: 'https://gitlab.com', body, authorization,
      customHeaders: [['X-Team', 'platform'], ['Jenkins-Crumb', 'abc']],
    });
    expect(headers.slice(-3)).toEqual([['X-Team', 'platform'], ['Jenkins-Crumb', 'abc'], ['Authorization', 'Basic amVua2luczpzM2NyZXQ=']]);
  });

  it('sends non-ASCII values as their UTF-8 bytes, as Net::HTTP does', () => {
    const headers = gitlabHeaders({ event: 'Push Hook', gitlabUrl: 'https://gitlab.com', body, secretToken: 'clé' });
    expect(Buffer.from(headerValue(headers, 'X-Gitlab-Token') ?? '', 'latin1').toString('utf8')).toBe('clé');
  });

  it('refuses custom headers GitLab would refuse or that would change the delivery, in words', () => {
    const attempt = (customHeaders: Array<[string, string]>, authorization?: string) => () =>
      gitlabHeaders({ event: 'Push Hook', gitlabUrl: 'https://gitlab.com', body, customHeaders, authorization });
    expect(attempt([['X-Gitlab-Token', 'x']])).toThrow(
      'Put the secret token in the Secret token field rather than a "X-Gitlab-Token" header: there it stays masked.',
    );
    expect(attempt([['Host', 'elsewhere']])).toThrow(/belongs to the connection/);
    expect(attempt([['Authorization', 'Bearer x']], 'Basic eDp5')).toThrow(/already comes from the user:pass@/);
    expect(attempt([['Authorization', 'Bearer x']])).not.toThrow();
    expect(attempt([['X-One', '1'], ['x-one', '2']])).toThrow('Custom header "x-one" is given twice.');
    for (const name of ['1st', 'X--Double', 'Trailing-', 'Sp ace', 'Ünï']) {
      expect(attempt([[name, 'v']])).toThrow(/is not one GitLab accepts/);
    }
    const many = Array.from({ length: 21 }, (_, i): [string, string] => [`X-H${i}`, 'v']);
    expect(attempt(many)).toThrow('GitLab sends at most 20 custom headers; 21 are set.');
    expect(attempt([['X-Multi', 'one\r\nInjected: yes']])).toThrow(
      'The value of X-Multi must be one line of text, without control characters.',
    );
  });

  it("puts a custom header named like one of GitLab's in that header's place, never twice", () => {
    const headers = gitlabHeaders({
      event: 'Push Hook', gitlabUrl: 'https://gitlab.com', body, now,
      customHeaders: [['x-gitlab-event', 'Tag Push Hook'], ['X-Team', 'platform'], ['User-Agent', 'GitLab/16.0.0']],
    });
    const names = headers.map(([name]) => name.toLowerCase());
    expect(names.filter((name) => name === 'x-gitlab-event')).toHaveLength(1);
    expect(names.filter((name) => name === 'user-agent')).toHaveLength(1);
    expect(headers[1]).toEqual(['User-Agent', 'GitLab/16.0.0']);
    expect(headers[3]).toEqual(['X-Gitlab-Event', 'Tag Push Hook']);
    expect(headers.at(-1)).toEqual(['X-Team', 'platform']);
  });

  it('signs the webhook-id and webhook-timestamp actually sent, so a stale timestamp can be tried', () => {
    const signingToken = generateSigningToken();
    const stale = String(Math.floor(now / 1000) - 600);
    const headers = gitlabHeaders({
      event: 'Push Hook', gitlabUrl: 'https://gitlab.com', body, now, signingToken,
      customHeaders: [['webhook-id', 'msg_1'], ['webhook-timestamp', stale]],
    });
    const key = Buffer.from(signingToken.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`msg_1.${stale}.`).update(body).digest('base64');
    expect(headerValue(headers, 'webhook-signature')).toBe(`v1,${expected}`);
    expect(headers.filter(([name]) => name === 'webhook-timestamp')).toEqual([['webhook-timestamp', stale]]);
    // A hand-written signature replaces the computed one; without a signing token it is simply added.
    const forged = gitlabHeaders({ event: 'Push Hook', gitlabUrl: 'https://gitlab.com', body, customHeaders: [['webhook-signature', 'v1,bad']] });
    expect(forged.filter(([name]) => name === 'webhook-signature')).toEqual([['webhook-signature', 'v1,bad']]);
  });

  it('refuses a GitLab URL that is not http(s) and a malformed signing token', () => {
    expect(() => gitlabHeaders({ event: 'Push Hook', gitlabUrl: 'gitlab.com', body })).toThrow(/The GitLab URL "gitlab.com" is not a URL/);
    expect(() => gitlabHeaders({ event: 'Push Hook', gitlabUrl: 'https://gitlab.com', body, signingToken: 'abc' })).toThrow(
      /starts with "whsec_"/,
    );
  });
});

describe('splitUserInfo', () => {
  it('moves user:pass@ into Basic auth, CGI-unescaped like GitLab', () => {
    expect(splitUserInfo('https://us%40er:p%3Ass+word@hooks.example.com/path?x=1')).toEqual({
      url: 'https://hooks.example.com/path?x=1',
      authorization: `Basic ${Buffer.from('us@er:p:ss word').toString('base64')}`,
    });
    expect(splitUserInfo('http://only-user@127.0.0.1:9000/').authorization).toBe(`Basic ${Buffer.from('only-user:').toString('base64')}`);
    expect(splitUserInfo('http://u:%E2%98%83@h/').authorization).toBe(`Basic ${Buffer.from('u:☃').toString('base64')}`);
  });

  it('leaves a URL without credentials alone', () => {
    expect(splitUserInfo('http://127.0.0.1:8000/hook')).toEqual({ url: 'http://127.0.0.1:8000/hook' });
  });
});
