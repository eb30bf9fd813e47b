import type { DeliveryStore } from '../store/delivery-store';
import { encodeBody } from './body-encoding';

/** One JSON object per delivery and line: the whole detail plus both bodies, text or base64. */
export function writeNdjson(store: DeliveryStore, write: (chunk: string) => void, ids?: readonly number[]): void {
  for (const detail of store.iterateDetails(ids)) {
    const request = store.getBody(detail.id, 'request');
    const response = store.getBody(detail.id, 'response');
    write(
      `${JSON.stringify({
        ...detail,
        receivedAt: new Date(detail.receivedAt).toISOString(),
        requestBody: request ? encodeBody(request) : null,
        responseBody: response ? encodeBody(response) : null,
      })}\n`,
    );
  }
}
