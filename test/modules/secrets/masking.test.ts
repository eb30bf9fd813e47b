/** Masking as a view: secrets hidden where they sit, every other byte left as stored. */
import { describe, expect, it } from 'vitest';
import type { DeliveryDetail } from '@shared/delivery';
import { maskSecrets } from '../../../src/main/core/export/redaction';

const detail = (url: string, requestHeaders: Array<[string, string]>): DeliveryDetail => ({
  id: 1, origin: 'captured', parentId: null, receivedAt: 0, method: 'POST', url, provider: 'other', event: null, status: 201,
  errorKind: null, durationMs: 1, requestSize: 0, overLimit: false, tokenCheck: 'not-configured', signatureCheck: 'not-configured',
  httpVersion: '1.1', remoteAddress: null, requestHeaders, responseHeaders: [['Date', 'Tue, 01 Dec 2026 14:00:00 GMT']],
  responseSize: 0, errorMessage: null, tokenReason: null, signatureReason: null,
});

const shownBody = (secrets: string[], body: string | Buffer) => Buffer.from(maskSecrets(secrets).body(Buffer.from(body))).toString('latin1');

describe('masking a short secret', () => {
  const mask = maskSecrets(['T']);

  it('masks it in header values and query parameters that are it, nowhere else', () => {
    const shown = mask.detail(detail('/p?T=1&ref=T&x=Tea', [['X-Mock', 'T'], ['User-Agent', 'Test T']]));
    expect(shown.url).toBe('/p?T=1&ref=••••••&x=Tea');
    expect(shown.requestHeaders).toEqual([['X-Mock', '••••••'], ['User-Agent', 'Test T']]);
    expect(shown.responseHeaders).toEqual([['Date', 'Tue, 01 Dec 2026 14:00:00 GMT']]);
  });

  it('masks JSON token keys, token form fields and multipart token parts, leaving every other byte', () => {
    expect(shownBody(['T'], '{"token": "T", "title":"Tea Time","nested":{"private_token":"x\\"y"}}')).toBe(
      Buffer.from('{"token": "••••••", "title":"Tea Time","nested":{"private_token":"••••••"}}').toString('latin1'),
    );
    expect(shownBody(['T'], 'ref=T&token=T&variables[T]=T')).toBe(`ref=T&token=${encodeURIComponent('••••••')}&variables[T]=T`);
    const multipart = '--b\r\nContent-Disposition: form-data; name="token"\r\n\r\nT\r\n--b\r\nContent-Disposition: form-data; name="ref"\r\n\r\nT\r\n--b--\r\n';
    expect(shownBody(['T'], multipart)).toBe(multipart.replace('\r\n\r\nT\r\n--b\r\nContent-Disposition: form-data; name="ref"', `\r\n\r\n${Buffer.from('••••••').toString('latin1')}\r\n--b\r\nContent-Disposition: form-data; name="ref"`));
  });

  it('keeps a body that is not UTF-8 byte for byte outside the masked values', () => {
    const body = Buffer.concat([Buffer.from('{"token":"T","b":"'), Buffer.from([0xe9, 0xff]), Buffer.from('"}')]);
    const shown = Buffer.from(maskSecrets(['T']).body(body));
    expect(shown.subarray(-4).equals(Buffer.from([0xe9, 0xff, 0x22, 0x7d]))).toBe(true);
    expect(shown.toString('utf8')).toContain('"token":"••••••"');
  });
});

describe('masking a secret of 8 characters or more', () => {
  it('masks it wherever it appears, in each of its encodings', () => {
    const secret = 'glptt-a/b c&d-0123456789';
    const mask = maskSecrets([secret]);
    const shown = mask.detail(detail(`/p?x=${encodeURIComponent(secret)}`, [['X-Echo', `was ${secret}`], ['Authorization', 'Basic dXNlcjpwYXNz']]));
    expect(shown.url).toBe('/p?x=••••••6789');
    expect(shown.requestHeaders).toEqual([['X-Echo', 'was ••••••6789'], ['Authorization', 'Basic ••••••']]);
    expect(shownBody([secret], `{"note":"${secret}"}`)).toBe(Buffer.from('{"note":"••••••6789"}').toString('latin1'));
  });
});
