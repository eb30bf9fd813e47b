import { describe, expect, it } from 'vitest';
import { verifyToken } from '../../../src/main/core/verify/secret-token';

describe('verifyToken', () => {
  const secretToken = 'jenkins-shared-secret';

  it('accepts the configured token', () => {
    expect(verifyToken({ secretToken, headers: [['X-Gitlab-Token', secretToken]] })).toEqual({
      verdict: 'valid',
      reason: null,
    });
  });

  it('accepts the token as GitLab sends it, with line breaks removed', () => {
    expect(verifyToken({ secretToken: 'two\r\nlines\n', headers: [['x-gitlab-token', 'twolines']] }).verdict).toBe('valid');
  });

  it('compares the bytes GitLab sends for a non-ASCII token (UTF-8, which node reads as Latin-1)', () => {
    const onTheWire = Buffer.from('clé', 'utf8').toString('latin1');
    expect(verifyToken({ secretToken: 'clé', headers: [['X-Gitlab-Token', onTheWire]] }).verdict).toBe('valid');
  });

  it('rejects another token, including a prefix or a longer one', () => {
    for (const sent of ['wrong', 'jenkins-shared', `${secretToken}x`, '']) {
      expect(verifyToken({ secretToken, headers: [['X-Gitlab-Token', sent]] })).toEqual({
        verdict: 'invalid',
        reason: 'X-Gitlab-Token does not match the secret token',
      });
    }
  });

  it('reports a missing header and a repeated one', () => {
    expect(verifyToken({ secretToken, headers: [['X-Gitlab-Event', 'Push Hook']] })).toEqual({
      verdict: 'missing',
      reason: 'no X-Gitlab-Token header',
    });
    const twice: Array<[string, string]> = [['X-Gitlab-Token', 'wrong'], ['X-Gitlab-Token', secretToken]];
    expect(verifyToken({ secretToken, headers: twice }).verdict).toBe('invalid');
  });

  it('is not configured without a secret token', () => {
    expect(verifyToken({ secretToken: null, headers: [['X-Gitlab-Token', 'x']] })).toEqual({
      verdict: 'not-configured',
      reason: null,
    });
  });
});
