import type { DeliveryDetail, RawHeaders } from '@shared/delivery';
import { rowOf, type DeliveryRecord } from '../store/delivery-record';

function pairsOf(flat: readonly string[] | null): RawHeaders | null {
  if (flat === null) return null;
  const pairs: RawHeaders = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return pairs;
}

/**
 * What a send returns: the delivery just stored, as getDelivery would read it back, built from the record
 * that was stored, so the window shows the answer without another call.
 */
export function sentDelivery(id: number, record: DeliveryRecord): DeliveryDetail {
  return {
    ...rowOf(id, record),
    httpVersion: record.httpVersion,
    remoteAddress: record.remoteAddress,
    requestHeaders: pairsOf(record.requestHeaders) ?? [],
    responseHeaders: pairsOf(record.responseHeaders),
    responseSize: record.responseBody?.byteLength ?? null,
    errorMessage: record.errorMessage,
    tokenReason: record.tokenReason ?? null,
    signatureReason: record.signatureReason ?? null,
  };
}
