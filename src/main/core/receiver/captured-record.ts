import type { IncomingMessage } from 'node:http';
import type { DeliveryRecord } from '../store/delivery-record';
import type { DeliveryChecks } from '../verify/receiver-checks';
import { detectEvent } from './detect-event';
import type { PreparedResponse } from './prepared-response';

export interface CapturedExchange {
  receivedAt: number;
  /** performance.now() when the request arrived. */
  started: number;
  body: Buffer;
  size: number;
  overLimit: boolean;
  /** The answer the sender got. */
  response: PreparedResponse;
  checks: DeliveryChecks;
}

/** A received request and the answer it got, as the store keeps them: the wire's bytes. */
export function capturedRecord(req: IncomingMessage, exchange: CapturedExchange): DeliveryRecord {
  const { receivedAt, started, body, size, overLimit, response, checks } = exchange;
  const { provider, event } = detectEvent(req.rawHeaders, body);
  return {
    origin: 'captured',
    parentId: null,
    receivedAt,
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    httpVersion: req.httpVersion,
    remoteAddress: req.socket.remoteAddress ?? null,
    requestHeaders: req.rawHeaders,
    requestBody: body,
    requestSize: size,
    overLimit,
    provider,
    event,
    status: response.status,
    errorKind: null,
    errorMessage: null,
    responseHeaders: response.headers,
    responseBody: response.body,
    durationMs: performance.now() - started + response.delayMs,
    tokenCheck: checks.token.verdict,
    signatureCheck: checks.signature.verdict,
    tokenReason: checks.token.reason,
    signatureReason: checks.signature.reason,
  };
}
