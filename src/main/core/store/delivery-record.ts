import type { DeliveryRow, Origin, Provider, TransportErrorKind, Verdict } from '@shared/delivery';

/** Everything the store keeps about one exchange, as the capture and send paths produce it. */
export interface DeliveryRecord {
  origin: Origin;
  parentId: number | null;
  receivedAt: number;
  method: string;
  url: string;
  httpVersion: string;
  remoteAddress: string | null;
  /** Flat [name, value, name, value…] as node's rawHeaders gives them: order, case and duplicates kept. */
  requestHeaders: string[];
  requestBody: Uint8Array;
  requestSize: number;
  overLimit: boolean;
  provider: Provider;
  event: string | null;
  status: number | null;
  errorKind: TransportErrorKind | null;
  errorMessage: string | null;
  responseHeaders: string[] | null;
  responseBody: Uint8Array | null;
  durationMs: number | null;
  tokenCheck: Verdict;
  signatureCheck: Verdict;
  /** Why a check failed, in words; only captured deliveries have checks. */
  tokenReason?: string | null;
  signatureReason?: string | null;
}

export function rowOf(id: number, record: DeliveryRecord): DeliveryRow {
  return {
    id,
    origin: record.origin,
    parentId: record.parentId,
    receivedAt: record.receivedAt,
    method: record.method,
    url: record.url,
    provider: record.provider,
    event: record.event,
    status: record.status,
    errorKind: record.errorKind,
    durationMs: record.durationMs,
    requestSize: record.requestSize,
    overLimit: record.overLimit,
    tokenCheck: record.tokenCheck,
    signatureCheck: record.signatureCheck,
  };
}
