/** The two deliveries a forward makes: the capture (stored before the leg, still unanswered) and the leg. */
import type { DeliveryRecord } from '../store/delivery-record';
import type { ForwardAnswer } from '../store/delivery-store';
import type { TransportFailure } from '../sender/transport-error';

export interface LegResponse {
  status: number;
  headers: string[];
  body: Buffer;
}

export type LegOutcome = { failure: null; response: LegResponse } | { failure: TransportFailure; response: null };

/** A captured record before its answer is known: pending, as the inbox shows a delivery in flight. */
export function pendingCapture(record: DeliveryRecord): DeliveryRecord {
  return { ...record, status: null, responseHeaders: null, responseBody: null, durationMs: null };
}

/** Only a forward's capture is stored before its answer: every other capture is stored with it. */
export const isAwaitingForward = (record: DeliveryRecord) => record.origin === 'captured' && record.status === null && record.errorKind === null;

/** The capture as it stands once its sender has the answer (what DeliveryStore.insertBatch writes for an ended forward). */
export function answeredCapture(captured: DeliveryRecord, answered: ForwardAnswer, leg: DeliveryRecord): DeliveryRecord {
  return {
    ...captured,
    status: answered.status,
    errorKind: leg.errorKind,
    errorMessage: leg.errorMessage,
    responseHeaders: answered.headers,
    responseBody: answered.body,
    durationMs: answered.durationMs,
  };
}

export interface LegInput {
  captured: DeliveryRecord;
  capturedId: number;
  target: URL;
  /** The headers as they went to the target. */
  headers: string[];
  startedAt: number;
  durationMs: number;
  outcome: LegOutcome;
}

/** The leg as it went to the target: the capture's method and body, its own headers and URL, the target's answer. */
export function forwardLeg({ captured, capturedId, target, headers, startedAt, durationMs, outcome }: LegInput): DeliveryRecord {
  const { failure, response } = outcome;
  return {
    origin: 'forwarded',
    parentId: capturedId,
    receivedAt: startedAt,
    method: captured.method,
    url: target.href,
    httpVersion: '1.1',
    remoteAddress: null,
    requestHeaders: headers,
    requestBody: captured.requestBody,
    requestSize: captured.requestSize,
    overLimit: false,
    provider: captured.provider,
    event: captured.event,
    status: response?.status ?? null,
    errorKind: failure?.errorKind ?? null,
    errorMessage: failure?.errorMessage ?? null,
    responseHeaders: response?.headers ?? null,
    responseBody: response?.body ?? null,
    durationMs,
    tokenCheck: 'not-configured',
    signatureCheck: 'not-configured',
  };
}
