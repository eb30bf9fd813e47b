import type { DeliveryDetail } from '@shared/delivery';
import type { DeliveryRecord } from '../store/delivery-record';
import { UserError } from '@shared/user-error';
import { splitUserInfo } from './http-url';
import { outboundRecord } from './outbound-record';
import { replayHeaders, withUrlAuthorization } from './replay-headers';
import { sendRequest } from './send-request';

export interface ReplayOptions {
  /**
   * Where to send; required for a captured delivery, which has no target of its own. A bare origin
   * (`http://host:port`, nothing after the port) keeps the delivery's own path and query, as ngrok's replay does.
   */
  to?: string;
  keepIdempotencyKey: boolean;
  signingToken: string | null;
  timeoutMs: number;
  verifyTls: boolean;
}

/** Scheme, authority and nothing else: not even the slash that would make it a path. */
const BARE_ORIGIN = /^\s*[a-z][a-z0-9+.-]*:\/\/[^/?#]+\s*$/i;

/** The path and query of a stored URL: a captured one is only that, a sent one is absolute. */
function pathAndQuery(url: string): string {
  if (url.startsWith('/') || url === '*') return url;
  const parsed = URL.parse(url);
  return parsed ? `${parsed.pathname}${parsed.search}` : url;
}

/** The URL a replay goes to: `to` as given, unless it is a bare origin, which takes the delivery's path and query. */
export function replayTarget(to: string, originalUrl: string): string {
  if (!BARE_ORIGIN.test(to)) return to;
  const path = pathAndQuery(originalUrl);
  return `${to.trim()}${path.startsWith('/') ? path : '/'}`;
}

/** The same method, bytes and headers (less hop-by-hop ones) again, linked to the delivery it replays. */
export async function replay(original: DeliveryDetail, body: Uint8Array, options: ReplayOptions): Promise<DeliveryRecord> {
  const target = options.to !== undefined ? replayTarget(options.to, original.url) : original.origin === 'captured' ? undefined : original.url;
  if (!target) {
    throw new UserError(`Delivery #${original.id} was received, not sent: say where to replay it to.`);
  }
  const { url, authorization } = splitUserInfo(target);
  const headers = withUrlAuthorization(replayHeaders(original.requestHeaders, { ...options, body, now: Date.now() }), authorization);
  const result = await sendRequest({
    method: original.method, url, headers, body, timeoutMs: options.timeoutMs, verifyTls: options.verifyTls,
  });
  return outboundRecord({
    origin: 'replay', parentId: original.id, method: original.method, url, body, result, event: original.event,
    provider: original.provider,
  });
}
