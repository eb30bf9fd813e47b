import type { DeliveryRow } from '@shared/delivery';

/** A green Push Hook list row with this id, for renderer tests. */
export function deliveryRow(id: number): DeliveryRow {
  return {
    id, origin: 'captured', parentId: null, receivedAt: 1_700_000_000_000 + id, method: 'POST', url: `/hook/${id}`,
    provider: 'gitlab', event: 'Push Hook', status: 200, errorKind: null, durationMs: 3, requestSize: 2,
    overLimit: false, tokenCheck: 'not-configured', signatureCheck: 'not-configured',
  };
}
