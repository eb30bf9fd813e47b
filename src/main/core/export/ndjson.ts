import type { DeliveryStore } from '../store/delivery-store';
import { encodeBody } from './body-encoding';
import { maskSecrets, redactedDelivery, type Redaction } from './redaction';

/** One JSON object per delivery and line: the whole detail plus both bodies, text or base64; secrets masked as in harChunks. */
export function* ndjsonChunks(store: DeliveryStore, ids?: readonly number[], redaction: Redaction = maskSecrets([])): Generator<string> {
  for (const stored of store.iterateDetails(ids)) {
    const { detail, requestBody: request, responseBody: response } = redactedDelivery(store, stored, redaction);
    yield `${JSON.stringify({
      ...detail,
      receivedAt: new Date(detail.receivedAt).toISOString(),
      requestBody: request ? encodeBody(request) : null,
      responseBody: response ? encodeBody(response) : null,
    })}\n`;
  }
}
