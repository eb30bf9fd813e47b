import type { Origin, Provider, TransportErrorKind, Verdict } from '@shared/delivery';
import { detectEvent } from '../receiver/detect-event';
import { bodyBytes, httpVersionOf, isObject, pathOf, type ImportedEntry } from './imported-record';

/** HAR headers as node's flat rawHeaders: `_base64` (Hookbench's export) gives a value's exact bytes; pseudo-headers (`:method`, HTTP/2) are the request line. */
function flatHeaders(headers: unknown): string[] {
  if (!Array.isArray(headers)) return [];
  return headers
    .filter((header): header is { name: string; value: string; _base64?: string } => isObject(header) && typeof header.name === 'string' && typeof header.value === 'string')
    .filter((header) => !header.name.startsWith(':'))
    .flatMap((header) => [header.name, typeof header._base64 === 'string' ? Buffer.from(header._base64, 'base64').toString('latin1') : header.value]);
}

/** What Hookbench's own export keeps beside HAR's fields. */
interface HookbenchExtras {
  origin?: Origin;
  event?: string | null;
  provider?: Provider;
  remoteAddress?: string | null;
  overLimit?: boolean;
  tokenCheck?: Verdict;
  signatureCheck?: Verdict;
  errorKind?: TransportErrorKind | null;
}

function requestBody(request: Record<string, unknown>): Uint8Array | { skipped: string } {
  const postData = request.postData;
  if (!isObject(postData)) return new Uint8Array();
  const bytes = bodyBytes(postData.text, postData.encoding);
  if (bytes) return bytes;
  return { skipped: 'its request body is given only as form params, not as text or bytes, so what was sent cannot be rebuilt' };
}

/** One HAR 1.2 entry as a delivery (origin `imported`). */
export function harEntryRecord(entry: unknown): ImportedEntry {
  if (!isObject(entry) || !isObject(entry.request)) return { skipped: 'it has no request' };
  const { request } = entry;
  const response = isObject(entry.response) ? entry.response : null;
  if (typeof request.method !== 'string' || typeof request.url !== 'string') return { skipped: 'its request has no method or URL' };
  const receivedAt = Date.parse(String(entry.startedDateTime));
  if (Number.isNaN(receivedAt)) return { skipped: `its startedDateTime ${JSON.stringify(entry.startedDateTime)} is not a date` };
  const body = requestBody(request);
  if ('skipped' in body) return body;
  const extras: HookbenchExtras = isObject(entry._hookbench) ? (entry._hookbench as HookbenchExtras) : {};
  const requestHeaders = flatHeaders(request.headers);
  const detected = detectEvent(requestHeaders, body);
  const status = response && typeof response.status === 'number' && response.status > 0 ? response.status : null;
  const errorKind = status === null ? (extras.errorKind ?? 'other') : null;
  const content = response && isObject(response.content) ? response.content : {};
  return {
    record: {
      origin: 'imported',
      parentId: null,
      receivedAt,
      method: request.method,
      // The receiver stores a captured request's path only; the export added the origin from its Host header.
      url: extras.origin === 'captured' ? pathOf(request.url) : request.url,
      httpVersion: httpVersionOf(request.httpVersion),
      remoteAddress: extras.remoteAddress ?? null,
      requestHeaders,
      requestBody: body,
      requestSize: typeof request.bodySize === 'number' && request.bodySize >= 0 ? request.bodySize : body.byteLength,
      overLimit: extras.overLimit ?? false,
      provider: extras.provider ?? detected.provider,
      event: extras.event !== undefined ? extras.event : detected.event,
      status,
      errorKind,
      errorMessage: errorKind ? String(response?._error ?? 'no response in the file') : null,
      responseHeaders: status === null ? null : flatHeaders(response?.headers),
      responseBody: status === null ? null : bodyBytes(content.text, content.encoding),
      durationMs: typeof entry.time === 'number' && entry.time >= 0 ? entry.time : null,
      tokenCheck: extras.tokenCheck ?? 'not-configured',
      signatureCheck: extras.signatureCheck ?? 'not-configured',
    },
  };
}
