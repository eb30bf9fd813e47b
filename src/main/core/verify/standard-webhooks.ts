import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { UserError } from '@shared/user-error';
import { NOT_CONFIGURED, singleHeader, type CheckResult } from './check-result';

/**
 * Standard Webhooks signing, as GitLab 19 does it with a signing token: HMAC-SHA256 over
 * "{webhook-id}.{webhook-timestamp}.{raw body}", sent as "v1,<base64>" in webhook-signature.
 */

const PREFIX = 'whsec_';
/** The specification's bounds on a key; GitLab makes 32-byte ones, other senders (Svix) 24-byte ones. */
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;
const GITLAB_KEY_BYTES = 32;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const DEFAULT_TOLERANCE_SECONDS = 300;

/** The HMAC key inside a signing token. Throws a UserError saying what is wrong, for use where the token is configured. */
export function parseSigningToken(signingToken: string): Buffer {
  const token = signingToken.trim();
  if (!token.startsWith(PREFIX)) {
    throw new UserError(`A signing token starts with "${PREFIX}" followed by base64, as GitLab shows it once when generated.`);
  }
  const encoded = token.slice(PREFIX.length);
  if (!BASE64.test(encoded) || encoded.length === 0) {
    throw new UserError(`The signing token after "${PREFIX}" is not valid base64 (only A–Z a–z 0–9 + / and = padding).`);
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.byteLength < MIN_KEY_BYTES || key.byteLength > MAX_KEY_BYTES) {
    throw new UserError(
      `The signing token holds a ${key.byteLength}-byte key; Standard Webhooks keys are ${MIN_KEY_BYTES} to ` +
        `${MAX_KEY_BYTES} bytes (GitLab makes ${GITLAB_KEY_BYTES}).`,
    );
  }
  return key;
}

/** A fresh token of the kind GitLab's "Generate signing token" makes. */
export function generateSigningToken(): string {
  return PREFIX + randomBytes(GITLAB_KEY_BYTES).toString('base64');
}

/** The base64 HMAC of "{id}.{timestamp}." (as bytes) followed by the raw body. */
function digest(key: Buffer, signedPrefix: Buffer, body: Uint8Array): string {
  return createHmac('sha256', key).update(signedPrefix).update(body).digest('base64');
}

/** The webhook-signature value GitLab sends for this body: "v1,<base64>". The id goes out as UTF-8, as GitLab writes it. */
export function signPayload(signingToken: string, webhookId: string, timestampSeconds: number, body: Uint8Array): string {
  const prefix = Buffer.from(`${webhookId}.${timestampSeconds}.`, 'utf8');
  return `v1,${digest(parseSigningToken(signingToken), prefix, body)}`;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'latin1');
  const right = Buffer.from(b, 'latin1');
  // Lengths are public (a base64 SHA-256 is always 44 characters); only the content needs constant time.
  return left.byteLength === right.byteLength && timingSafeEqual(left, right);
}

/**
 * Checks a delivery's Standard Webhooks signature with a configured signing token: any one of the
 * space-separated v1 entries may match (senders list several while rotating keys), and the timestamp must be
 * within the tolerance either way, which is what stops a captured delivery being replayed later.
 */
export function verifySignature(input: {
  signingToken: string | null | undefined;
  headers: ReadonlyArray<readonly [string, string]>;
  body: Uint8Array;
  nowSeconds: number;
  toleranceSeconds?: number;
}): CheckResult {
  if (!input.signingToken) return NOT_CONFIGURED;
  const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const found = ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => ({
    name,
    sent: singleHeader(input.headers, name),
  }));
  const absent = found.filter(({ sent }) => sent === 'absent').map(({ name }) => name);
  if (absent.length > 0) return { verdict: 'missing', reason: `no ${absent.join(', ')} header${absent.length > 1 ? 's' : ''}` };
  const repeated = found.find(({ sent }) => sent === 'repeated');
  if (repeated) return { verdict: 'invalid', reason: `${repeated.name} was sent more than once` };
  const [id, timestamp, signature] = found.map(({ sent }) => (sent as { value: string }).value);

  if (!/^\d+$/.test(timestamp)) return { verdict: 'invalid', reason: `webhook-timestamp "${timestamp}" is not whole seconds` };
  const age = input.nowSeconds - Number(timestamp);
  if (age > tolerance) return { verdict: 'invalid', reason: `timestamp is ${age} s old; more than ${tolerance} s` };
  if (-age > tolerance) return { verdict: 'invalid', reason: `timestamp is ${-age} s in the future; more than ${tolerance} s` };

  const entries = signature.split(' ').filter(Boolean);
  const v1 = entries.filter((entry) => entry.startsWith('v1,')).map((entry) => entry.slice(3));
  if (v1.length === 0) return { verdict: 'invalid', reason: 'webhook-signature has no v1 entry' };
  // Node decodes received header bytes as Latin-1, so encoding back as Latin-1 gives the bytes that were signed.
  const expected = digest(parseSigningToken(input.signingToken), Buffer.from(`${id}.${timestamp}.`, 'latin1'), input.body);
  // Every entry is compared, matched or not, so the time taken does not tell which one matched.
  const matched = v1.map((candidate) => sameText(candidate, expected)).includes(true);
  if (matched) return { verdict: 'valid', reason: null };
  const which = v1.length === 1 ? 'the v1 signature does not match' : `none of the ${v1.length} v1 signatures matches`;
  return { verdict: 'invalid', reason: `${which} this body with the signing token (changed body, other token, or rotated key?)` };
}
