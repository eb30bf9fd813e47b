import { bodyBase64, bodyText } from '../body-text';
import type { DeliveryDetail, RawHeaders } from '../delivery';
import { statusLabel } from '../delivery';

export interface DiffOptions {
  /** Compare the bodies' bytes as they are, not JSON normalised. */
  raw: boolean;
  /** Leave out the headers that differ on every delivery: dates, UUIDs, ids, signatures. */
  ignoreVolatile: boolean;
}

/** The two documents compared for one delivery: what it sent and what came back. */
export interface DeliveryDiffText {
  request: string;
  response: string;
}

const VOLATILE_NAME = /(^date$|uuid|(^|-)id$|request-id|idempotency-key|timestamp|signature|^x-runtime$|^etag$|^age$|^expires$|^last-modified$)/i;
const UUID_VALUE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isVolatileHeader(name: string, value: string): boolean {
  return VOLATILE_NAME.test(name) || UUID_VALUE.test(value.trim());
}

/** Keys sorted at every depth, so two payloads differ only where their values do. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}

function bodyLines(body: Uint8Array | null, raw: boolean): string {
  if (!body || body.byteLength === 0) return '(no body)';
  const text = bodyText(body);
  if (text === null) return `(binary, ${body.byteLength} bytes, base64)\n${bodyBase64(body).replace(/.{1,76}/g, '$&\n').trimEnd()}`;
  if (raw) return text;
  try {
    return JSON.stringify(sortedKeys(JSON.parse(text)), null, 2);
  } catch {
    return text;
  }
}

function headerLines(headers: RawHeaders, ignoreVolatile: boolean): string[] {
  return headers.filter(([name, value]) => !ignoreVolatile || !isVolatileHeader(name, value)).map(([name, value]) => `${name}: ${value}`);
}

/** A delivery as two texts for a line diff: request line, headers and body; status, headers and body. */
export function deliveryDiffText(
  detail: DeliveryDetail,
  bodies: { request: Uint8Array | null; response: Uint8Array | null },
  options: DiffOptions,
): DeliveryDiffText {
  const request = [`${detail.method} ${detail.url} HTTP/${detail.httpVersion}`, ...headerLines(detail.requestHeaders, options.ignoreVolatile), '', bodyLines(bodies.request, options.raw)];
  const status = detail.errorKind ? `internal error (${detail.errorKind}): ${detail.errorMessage ?? 'no answer'}` : `HTTP ${statusLabel(detail)}`;
  const response = detail.responseHeaders
    ? [status, ...headerLines(detail.responseHeaders, options.ignoreVolatile), '', bodyLines(bodies.response, options.raw)]
    : [status];
  return { request: `${request.join('\n')}\n`, response: `${response.join('\n')}\n` };
}
