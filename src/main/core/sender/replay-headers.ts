import { randomUUID } from 'node:crypto';
import type { RawHeaders } from '@shared/delivery';
import { headerValue } from '@shared/headers';
import { signPayload } from '../verify/standard-webhooks';

export interface ReplayHeaderOptions {
  /** Keep Idempotency-Key and webhook-id, as GitLab's Resend does; otherwise mint new ones. */
  keepIdempotencyKey: boolean;
  /** With it, the delivery is re-signed for a fresh webhook-timestamp. */
  signingToken: string | null;
  body: Uint8Array;
  now: number;
}

/** Replaces a header's value where it stands (first copy kept, others dropped), or appends it. */
export function setHeader(headers: RawHeaders, name: string, value: string): RawHeaders {
  const wanted = name.toLowerCase();
  let seen = false;
  const out: RawHeaders = [];
  for (const [n, v] of headers) {
    if (n.toLowerCase() !== wanted) out.push([n, v]);
    else if (!seen) {
      seen = true;
      out.push([n, value]);
    }
  }
  if (!seen) out.push([name, value]);
  return out;
}

function setIfPresent(headers: RawHeaders, name: string, value: string): RawHeaders {
  return headerValue(headers, name) === undefined ? headers : setHeader(headers, name, value);
}

/**
 * The headers a replay carries: the original ones, with new delivery ids when asked, and a fresh
 * timestamp and signature when the signing token is known. Without the token, the timestamp and
 * signature stay as they were: a byte-exact replay that a receiver may judge stale.
 */
export function replayHeaders(original: RawHeaders, options: ReplayHeaderOptions): RawHeaders {
  let headers = original;
  if (!options.keepIdempotencyKey) {
    const id = randomUUID();
    headers = setIfPresent(headers, 'Idempotency-Key', id);
    headers = setIfPresent(headers, 'webhook-id', id);
    headers = setIfPresent(headers, 'X-Gitlab-Webhook-UUID', randomUUID());
  }
  if (options.signingToken) {
    const webhookId = headerValue(headers, 'webhook-id') ?? headerValue(headers, 'Idempotency-Key') ?? randomUUID();
    const timestamp = Math.floor(options.now / 1000);
    headers = setHeader(headers, 'webhook-id', webhookId);
    headers = setHeader(headers, 'webhook-timestamp', String(timestamp));
    headers = setHeader(headers, 'webhook-signature', signPayload(options.signingToken, webhookId, timestamp, options.body));
  }
  return headers;
}

/** Basic auth from a target URL's user:pass@ replaces any Authorization the headers carried. */
export function withUrlAuthorization(headers: RawHeaders, authorization: string | undefined): RawHeaders {
  if (!authorization) return headers;
  return [...headers.filter(([name]) => name.toLowerCase() !== 'authorization'), ['Authorization', authorization]];
}
