import type { DeliveryDetail } from '@shared/delivery';
import type { DeliveryRecord } from '../store/delivery-record';
import { UserError } from '@shared/user-error';
import { splitUserInfo } from './http-url';
import { outboundRecord } from './outbound-record';
import { replayHeaders, withUrlAuthorization } from './replay-headers';
import { sendRequest } from './send-request';

export interface ReplayOptions {
  /** Where to send; required for a captured delivery, which has no target of its own. */
  to?: string;
  keepIdempotencyKey: boolean;
  signingToken: string | null;
  timeoutMs: number;
  verifyTls: boolean;
}

/** The same method, bytes and headers (less hop-by-hop ones) again, linked to the delivery it replays. */
export async function replay(original: DeliveryDetail, body: Uint8Array, options: ReplayOptions): Promise<DeliveryRecord> {
  const target = options.to ?? (original.origin === 'captured' ? undefined : original.url);
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
