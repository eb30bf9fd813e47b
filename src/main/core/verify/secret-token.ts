import { createHash, timingSafeEqual } from 'node:crypto';
import { NOT_CONFIGURED, singleHeader, type CheckResult } from './check-result';

export const SECRET_TOKEN_HEADER = 'X-Gitlab-Token';

/** The header value GitLab sends for a secret token: the token with its line breaks removed (Gitlab::Utils.remove_line_breaks). */
export function secretTokenHeaderValue(secretToken: string): string {
  return secretToken.replace(/\r?\n/g, '');
}

const sha256 = (text: string, encoding: 'utf8' | 'latin1') => createHash('sha256').update(text, encoding).digest();

/**
 * Checks X-Gitlab-Token against the configured secret token. Both sides are hashed first, as the Jenkins
 * GitLab plugin does, so the comparison is constant-time whatever the lengths and leaks neither.
 */
export function verifyToken(input: {
  secretToken: string | null | undefined;
  headers: ReadonlyArray<readonly [string, string]>;
}): CheckResult {
  if (!input.secretToken) return NOT_CONFIGURED;
  const sent = singleHeader(input.headers, SECRET_TOKEN_HEADER);
  if (sent === 'absent') return { verdict: 'missing', reason: `no ${SECRET_TOKEN_HEADER} header` };
  if (sent === 'repeated') return { verdict: 'invalid', reason: `${SECRET_TOKEN_HEADER} was sent more than once` };
  // Node decodes header bytes as Latin-1, so 'latin1' gives back the bytes sent; GitLab sends the token as UTF-8.
  const matches = timingSafeEqual(sha256(sent.value, 'latin1'), sha256(secretTokenHeaderValue(input.secretToken), 'utf8'));
  return matches
    ? { verdict: 'valid', reason: null }
    : { verdict: 'invalid', reason: `${SECRET_TOKEN_HEADER} does not match the secret token` };
}
