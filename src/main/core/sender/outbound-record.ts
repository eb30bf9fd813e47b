import type { Origin, Provider } from '@shared/delivery';
import type { DeliveryRecord } from '../store/delivery-record';
import { isAnswered, type SendResult } from './send-request';

export interface OutboundInput {
  origin: Extract<Origin, 'sample' | 'replay' | 'trigger' | 'check'>;
  /** The delivery this one replays, if any. */
  parentId?: number | null;
  method: string;
  /** The full target URL, without user:pass@ (the credentials are in the Authorization header). */
  url: string;
  body: Uint8Array;
  result: SendResult;
  /** The X-Gitlab-Event (or other provider's event) the request carried. */
  event: string | null;
  provider?: Provider;
}

/** The one place a send becomes a storable delivery, answered or not. */
export function outboundRecord(input: OutboundInput): DeliveryRecord {
  const { result } = input;
  const answered = isAnswered(result);
  return {
    origin: input.origin,
    parentId: input.parentId ?? null,
    receivedAt: result.startedAt,
    method: input.method,
    url: input.url,
    httpVersion: '1.1',
    remoteAddress: result.remoteAddress,
    requestHeaders: result.requestHeaders.flat(),
    requestBody: input.body,
    requestSize: input.body.byteLength,
    overLimit: false,
    provider: input.provider ?? 'gitlab',
    event: input.event,
    status: answered ? result.status : null,
    errorKind: answered ? null : result.errorKind,
    errorMessage: answered ? null : result.errorMessage,
    responseHeaders: answered ? result.responseHeaders.flat() : null,
    responseBody: answered ? result.responseBody : null,
    durationMs: result.durationMs,
    // Verdicts judge what a receiver got; for a delivery this app sent they do not apply.
    tokenCheck: 'not-configured',
    signatureCheck: 'not-configured',
  };
}
