import { randomUUID } from 'node:crypto';
import type { RawHeaders } from '@shared/delivery';
import { headerValue } from '@shared/headers';
import { UserError } from '@shared/user-error';
import { secretTokenHeaderValue, SECRET_TOKEN_HEADER } from '../verify/secret-token';
import { signPayload } from '../verify/standard-webhooks';
import { checkCustomHeaders } from './custom-headers';
import { parseHttpUrl } from './http-url';

/** The GitLab version User-Agent claims unless told otherwise: one that signs (19.0+). */
export const DEFAULT_GITLAB_VERSION = '19.1.0';

export interface GitlabHeadersInput {
  /** The X-Gitlab-Event value, e.g. "Push Hook". */
  event: string;
  /** The instance the delivery claims to come from; X-Gitlab-Instance is its scheme, host and port. */
  gitlabUrl: string;
  gitlabVersion?: string;
  secretToken?: string | null;
  /** whsec_…; when set, webhook-signature is sent. */
  signingToken?: string | null;
  /** Kept across GitLab's retries and Resend; a new one otherwise. Also the webhook-id. */
  idempotencyKey?: string;
  /** The recursion-chain id; GitLab reuses the triggering request's, else makes a new one. */
  eventUuid?: string;
  /** GitLab makes a new one per request; given, so a preview can show the one that will go. */
  webhookUuid?: string;
  body: Uint8Array;
  /** Epoch milliseconds; webhook-timestamp is its whole seconds. */
  now?: number;
  customHeaders?: ReadonlyArray<readonly [string, string]>;
  /** From splitUserInfo: Basic auth for a URL that held user:pass@. */
  authorization?: string;
}

/** What Node writes in a header value: tab and the octets 0x20–0x7E and 0x80–0xFF. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Net::HTTP writes a header's UTF-8 bytes; Node writes a string's Latin-1 code units, so convert to match. */
const asWireText = (value: string) => Buffer.from(value, 'utf8').toString('latin1');

/**
 * The headers of a delivery as GitLab builds them (WebHookService#build_headers), in the order GitLab logs
 * them, then the Standard Webhooks ones, custom headers, and Basic auth from the URL. A custom header named
 * like one of GitLab's takes that header's place instead of being sent twice; the signature covers the
 * webhook-id and webhook-timestamp actually sent. Transport headers (Host, Content-Length, Connection) are
 * sendRequest's. Throws a UserError for anything GitLab would refuse.
 */
export function gitlabHeaders(input: GitlabHeadersInput): RawHeaders {
  const instance = parseHttpUrl(input.gitlabUrl, 'The GitLab URL').origin;
  const custom = input.customHeaders ?? [];
  checkCustomHeaders(custom, input.authorization !== undefined);
  const idempotencyKey = input.idempotencyKey ?? randomUUID();
  const timestamp = Math.floor((input.now ?? Date.now()) / 1000);
  const headers: Array<[string, string]> = [];
  /** Adds GitLab's header, or the custom one replacing it; returns the value sent. */
  const put = (name: string, value: string): string => {
    const sent = headerValue(custom, name) ?? value;
    headers.push([name, sent]);
    return sent;
  };

  put('Content-Type', 'application/json');
  put('User-Agent', `GitLab/${input.gitlabVersion ?? DEFAULT_GITLAB_VERSION}`);
  put('Idempotency-Key', idempotencyKey);
  put('X-Gitlab-Event', input.event);
  // A new one per request, retries included: what GitLab's code does, whatever its docs suggest.
  put('X-Gitlab-Webhook-UUID', input.webhookUuid ?? randomUUID());
  put('X-Gitlab-Instance', instance);
  put('X-Gitlab-Event-UUID', input.eventUuid ?? randomUUID());
  if (input.secretToken) put(SECRET_TOKEN_HEADER, secretTokenHeaderValue(input.secretToken));
  const webhookId = put('webhook-id', idempotencyKey);
  const sentTimestamp = put('webhook-timestamp', String(timestamp));
  if (input.signingToken) {
    const signedTimestamp = /^\d+$/.test(sentTimestamp) ? Number(sentTimestamp) : timestamp;
    put('webhook-signature', signPayload(input.signingToken, webhookId, signedTimestamp, input.body));
  }
  const sentAlready = new Set(headers.map(([name]) => name.toLowerCase()));
  headers.push(...custom.filter(([name]) => !sentAlready.has(name.toLowerCase())).map(([name, value]): [string, string] => [name, value]));
  if (input.authorization) headers.push(['Authorization', input.authorization]);

  return wireHeaders(headers);
}

/** Header values as Node writes them, refused in words when one is not a single line of text. */
export function wireHeaders(headers: ReadonlyArray<readonly [string, string]>): RawHeaders {
  return headers.map(([name, value]) => {
    const wire = asWireText(value);
    if (!HEADER_VALUE.test(wire)) throw new UserError(`The value of ${name} must be one line of text, without control characters.`);
    return [name, wire];
  });
}
