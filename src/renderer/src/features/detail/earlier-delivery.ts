import type { ContractClient } from '@shared/contract';
import type { DeliveryDetail, DeliveryRow } from '@shared/delivery';

export type CompareBasis = 'event' | 'path';

const PAGE = 200;
/** How far back to look: a bounded scan, so a rare event in a huge store answers "not found" instead of hanging. */
export const SCANNED_LIMIT = 5000;

/** The path without the query, which carries per-delivery values (tokens, timestamps) more often than not. */
const pathOf = (url: string) => url.replace(/^https?:\/\/[^/]+/i, '').split('?')[0];

function sameBasis(row: DeliveryRow, detail: DeliveryDetail, basis: CompareBasis): boolean {
  return basis === 'event' ? row.event === detail.event : pathOf(row.url) === pathOf(detail.url);
}

/** The newest delivery older than `detail` with its event (or path), among the newest SCANNED_LIMIT; null if none. */
export async function earlierDelivery(client: ContractClient, detail: DeliveryDetail, basis: CompareBasis): Promise<number | null> {
  for (let offset = 0; offset < SCANNED_LIMIT; offset += PAGE) {
    const { rows } = await client.listDeliveries({ offset, limit: PAGE });
    const found = rows.find((row) => row.id < detail.id && sameBasis(row, detail, basis));
    if (found) return found.id;
    if (rows.length < PAGE) return null;
  }
  return null;
}
