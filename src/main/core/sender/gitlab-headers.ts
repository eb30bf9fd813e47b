import { randomUUID } from 'node:crypto';
import type { RawHeaders } from '../../../shared/delivery';
import { UserError } from '../user-error';
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
  body: Uint8Array;
  /** Epoch milliseconds; webhook-timestamp is its whole seconds. */
  now?: number;
  customHeaders?: ReadonlyArray<readonly [string, string]>;
  /** From splitUserInfo: Basic auth for a URL that held user:pass@. */
  authorization?: string;
}

/** Every header GitLab sets itself, sent or not on this delivery: custom headers may not take these names. */
const DELIVERY_HEADERS = [
  'Content-Type', 'User-Agent', 'Idempotency-Key', 'X-Gitlab-Event', 'X-Gitlab-Webhook-UUID', 'X-Gitlab-Instance',
  'X-Gitlab-Event-UUID', SECRET_TOKEN_HEADER, 'webhook-id', 'webhook-timestamp', 'webhook-signature',
];

/** What Node writes in a header value: tab and the octets 0x20–0x7E and 0x80–0xFF. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Net::HTTP writes a header's UTF-8 bytes; Node writes a string's Latin-1 code units, so convert to match. */
const asWireText = (value: string) => Buffer.from(value, 'utf8').toString('latin1');

/**
 * The headers of a delivery as GitLab builds them (WebHookService#build_headers), in the order GitLab logs
 * them, then the Standard Webhooks ones, custom headers, and Basic auth from the URL. Transport headers
 * (Host, Content-Length, Connection) are sendRequest's. Throws a UserError for anything GitLab would refuse.
 */
export function gitlabHeaders(input: GitlabHeadersInput): RawHeaders {
  const instance = parseHttpUrl(input.gitlabUrl, 'The GitLab URL').origin;
  const idempotencyKey = input.idempotencyKey ?? randomUUID();
  const timestamp = Math.floor((input.now ?? Date.now()) / 1000);
  const headers: RawHeaders = [
    ['Content-Type', 'application/json'],
    ['User-Agent', `GitLab/${input.gitlabVersion ?? DEFAULT_GITLAB_VERSION}`],
    ['Idempotency-Key', idempotencyKey],
    ['X-Gitlab-Event', input.event],
    // A new one per request, retries included: what GitLab's code does, whatever its docs suggest.
    ['X-Gitlab-Webhook-UUID', randomUUID()],
    ['X-Gitlab-Instance', instance],
    ['X-Gitlab-Event-UUID', input.eventUuid ?? randomUUID()],
  ];
  if (input.secretToken) headers.push([SECRET_TOKEN_HEADER, secretTokenHeaderValue(input.secretToken)]);
  headers.push(['webhook-id', idempotencyKey], ['webhook-timestamp', String(timestamp)]);
  if (input.signingToken) {
    headers.push(['webhook-signature', signPayload(input.signingToken, idempotencyKey, timestamp, input.body)]);
  }

  const custom = input.customHeaders ?? [];
  checkCustomHeaders(custom, DELIVERY_HEADERS, input.authorization !== undefined);
  headers.push(...custom.map(([name, value]): [string, string] => [name, value]));
  if (input.authorization) headers.push(['Authorization', input.authorization]);

  return headers.map(([name, value]) => {
    const wire = asWireText(value);
    if (!HEADER_VALUE.test(wire)) throw new UserError(`The value of ${name} must be one line of text, without control characters.`);
    return [name, wire];
  });
}
