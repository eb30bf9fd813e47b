import type { DeliveryDetail } from '@shared/delivery';
import { headerValue } from '@shared/headers';

/** Outbound deliveries store the full target URL; captured ones store the path, so the Host header completes it. */
export function fullUrl(detail: Pick<DeliveryDetail, 'url' | 'requestHeaders'>): string {
  if (/^https?:\/\//i.test(detail.url)) return detail.url;
  const host = headerValue(detail.requestHeaders, 'host');
  return host ? `http://${host}${detail.url}` : detail.url;
}
