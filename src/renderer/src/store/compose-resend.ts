import type { DeliveryIds } from '@shared/contract';
import type { DeliveryDetail, RawHeaders } from '@shared/delivery';
import { headerValue } from '@shared/headers';
import { utf8OrNull } from '../components/delivery-view/body-bytes';

/** Fresh ids and the time now, as GitLab mints them for a new delivery. */
export function newDeliveryIds(now = Date.now()): DeliveryIds {
  return {
    idempotencyKey: crypto.randomUUID(),
    webhookUuid: crypto.randomUUID(),
    eventUuid: crypto.randomUUID(),
    timestamp: Math.floor(now / 1000),
  };
}

/** Written by the connection when sending, and the secret token, which has its own (masked) field. */
const NOT_EDITED_AS_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive', 'x-gitlab-token']);

/** A delivery's headers as Compose edits them for a resend: all of them, in order, less those above. */
export function resendHeaders(headers: RawHeaders): RawHeaders {
  return headers.filter(([name]) => !NOT_EDITED_AS_HEADERS.has(name.toLowerCase()));
}

/** The ids a resend carries, made new (where the delivery had them) when the user asks for new ones. */
export function withNewIds(headers: RawHeaders): RawHeaders {
  const ids = newDeliveryIds();
  const fresh: Record<string, string> = {
    'idempotency-key': ids.idempotencyKey,
    'webhook-id': ids.idempotencyKey,
    'x-gitlab-webhook-uuid': ids.webhookUuid,
  };
  return headers.map(([name, value]) => [name, fresh[name.toLowerCase()] ?? value]);
}

/**
 * Where a resend of a captured delivery goes: the replay target, keeping the delivery's own path and query
 * when the target is an origin alone (as `replay --to` and ngrok's replay do).
 */
export function resendTarget(delivery: Pick<DeliveryDetail, 'origin' | 'url'>, replayTarget: string): string {
  if (delivery.origin !== 'captured') return delivery.url;
  const target = replayTarget.trim();
  if (!URL.canParse(target)) return target;
  const url = new URL(target);
  return url.pathname === '/' && !url.search ? `${url.origin}${delivery.url}` : target;
}

/** The body as Compose shows it: its text, or its hex, read-only, when it is not UTF-8 text. */
export function resendBody(stored: Uint8Array | null): { text: string; binary: boolean } {
  const bytes = stored ?? new Uint8Array();
  const text = utf8OrNull(bytes);
  if (text !== null) return { text, binary: false };
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < hex.length; i += 16) lines.push(hex.slice(i, i + 16).join(' '));
  return { text: lines.join('\n'), binary: true };
}

export const secretTokenOf = (delivery: Pick<DeliveryDetail, 'requestHeaders'>) => headerValue(delivery.requestHeaders, 'x-gitlab-token');
