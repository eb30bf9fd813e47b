import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateSigningToken,
  parseSigningToken,
  signPayload,
  verifySignature,
} from '../../../src/main/core/verify/standard-webhooks';

/** Written out here from the specification, not imported, so a shared mistake cannot pass both sides. */
function independentSignature(token: string, id: string, timestamp: number, body: Uint8Array): string {
  const key = Buffer.from(token.slice('whsec_'.length), 'base64');
  const mac = createHmac('sha256', key);
  mac.update(Buffer.from(`${id}.${timestamp}.`, 'utf8'));
  mac.update(body);
  return `v1,${mac.digest('base64')}`;
}

const body = Buffer.from('{"object_kind":"push","ref":"refs/heads/main","total_commits_count":1}\n', 'utf8');
const id = 'b6a5b2a8-5a38-4c5e-9d4e-8f1f5b7a2c10';
const now = 1_780_000_000;

function headersFor(signature: string, timestamp = now): Array<[string, string]> {
  return [
    ['webhook-id', id],
    ['webhook-timestamp', String(timestamp)],
    ['webhook-signature', signature],
  ];
}

describe('signPayload', () => {
  it("reproduces the Standard Webhooks specification's published test vector", () => {
    const signature = signPayload(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      Buffer.from('{"test": 2432232314}'),
    );
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('agrees with an independent HMAC-SHA256 for fresh tokens and arbitrary bytes', () => {
    for (let i = 0; i < 20; i++) {
      const token = generateSigningToken();
      const bytes = randomBytes(i * 37);
      expect(signPayload(token, id, now + i, bytes)).toBe(independentSignature(token, id, now + i, bytes));
    }
  });
});

describe('generateSigningToken', () => {
  it('makes whsec_ tokens holding 32 random bytes, as GitLab does', () => {
    const token = generateSigningToken();
    expect(token).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(parseSigningToken(token).byteLength).toBe(32);
    expect(generateSigningToken()).not.toBe(token);
  });
});

describe('parseSigningToken', () => {
  it('refuses malformed tokens in words', () => {
    expect(() => parseSigningToken('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toThrow(/starts with "whsec_"/);
    expect(() => parseSigningToken('whsec_not base64!')).toThrow(/not valid base64/);
    expect(() => parseSigningToken('whsec_')).toThrow(/not valid base64/);
    expect(() => parseSigningToken(`whsec_${Buffer.alloc(16).toString('base64')}`)).toThrow(
      /16-byte key; Standard Webhooks keys are 24 to 64 bytes/,
    );
  });
});

describe('verifySignature', () => {
  const token = generateSigningToken();
  const signed = independentSignature(token, id, now, body);
  const verify = (headers: Array<[string, string]>, payload: Uint8Array = body, nowSeconds = now) =>
    verifySignature({ signingToken: token, headers, body: payload, nowSeconds });

  it('accepts a signature made independently', () => {
    expect(verify(headersFor(signed))).toEqual({ verdict: 'valid', reason: null });
  });

  it('matches header names in any case, as HTTP does', () => {
    const shouted = headersFor(signed).map(([name, value]): [string, string] => [name.toUpperCase(), value]);
    expect(verify(shouted).verdict).toBe('valid');
  });

  it('rejects a tampered body, even by one byte', () => {
    const tampered = Buffer.from(body);
    tampered[tampered.length - 3] ^= 1;
    const result = verify(headersFor(signed), tampered);
    expect(result.verdict).toBe('invalid');
    expect(result.reason).toMatch(/does not match this body/);
  });

  it('rejects a stale timestamp, and one too far in the future, with the age in words', () => {
    const old = now - 412;
    expect(verify(headersFor(independentSignature(token, id, old, body), old))).toEqual({
      verdict: 'invalid',
      reason: 'timestamp is 412 s old; more than 300 s',
    });
    const ahead = now + 301;
    expect(verify(headersFor(independentSignature(token, id, ahead, body), ahead)).reason).toBe(
      'timestamp is 301 s in the future; more than 300 s',
    );
    const edge = now - 300;
    expect(verify(headersFor(independentSignature(token, id, edge, body), edge)).verdict).toBe('valid');
  });

  it('rejects a signature made with the previous key after rotation', () => {
    const rotated = generateSigningToken();
    const result = verifySignature({ signingToken: rotated, headers: headersFor(signed), body, nowSeconds: now });
    expect(result.verdict).toBe('invalid');
  });

  it('accepts when any one of several space-separated entries matches', () => {
    const other = independentSignature(generateSigningToken(), id, now, body);
    expect(verify(headersFor(`v1a,ZmFrZQ== ${other} ${signed}`)).verdict).toBe('valid');
    const result = verify(headersFor(`${other} ${other}`));
    expect(result).toEqual({
      verdict: 'invalid',
      reason: 'none of the 2 v1 signatures matches this body with the signing token (changed body, other token, or rotated key?)',
    });
  });

  it('does not accept the right digest under another version', () => {
    expect(verify(headersFor(signed.replace('v1,', 'v2,')))).toEqual({
      verdict: 'invalid',
      reason: 'webhook-signature has no v1 entry',
    });
  });

  it('says which headers are missing', () => {
    expect(verify([])).toEqual({
      verdict: 'missing',
      reason: 'no webhook-id, webhook-timestamp, webhook-signature headers',
    });
    expect(verify(headersFor(signed).slice(0, 2))).toEqual({ verdict: 'missing', reason: 'no webhook-signature header' });
  });

  it('checks the bytes that were signed when the id is not ASCII (sent as UTF-8, read by node as Latin-1)', () => {
    const unusualId = 'msg_é☃';
    const signature = independentSignature(token, unusualId, now, body);
    expect(signPayload(token, unusualId, now, body)).toBe(signature);
    const asReceived = Buffer.from(unusualId, 'utf8').toString('latin1');
    const headers: Array<[string, string]> = [['webhook-id', asReceived], ['webhook-timestamp', String(now)], ['webhook-signature', signature]];
    expect(verify(headers).verdict).toBe('valid');
  });

  it('refuses a repeated header rather than picking one of the copies', () => {
    const headers = headersFor(signed);
    headers.push(['Webhook-Id', 'other-id']);
    expect(verify(headers)).toEqual({ verdict: 'invalid', reason: 'webhook-id was sent more than once' });
  });

  it('refuses a timestamp that is not whole seconds', () => {
    expect(verify(headersFor(signed, 1.5)).reason).toBe('webhook-timestamp "1.5" is not whole seconds');
  });

  it('is not configured without a signing token', () => {
    expect(verifySignature({ signingToken: '', headers: headersFor(signed), body, nowSeconds: now })).toEqual({
      verdict: 'not-configured',
      reason: null,
    });
  });
});
