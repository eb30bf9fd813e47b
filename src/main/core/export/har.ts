import type { DeliveryDetail, RawHeaders } from '@shared/delivery';
import { statusLabel } from '@shared/delivery';
import type { DeliveryStore } from '../store/delivery-store';
import { version } from '../../../../package.json';
import { headerValue } from '@shared/headers';
import { encodeBody } from './body-encoding';
import { maskSecrets, redactedDelivery, type Redaction } from './redaction';

const nameValues = (headers: RawHeaders | null) => (headers ?? []).map(([name, value]) => ({ name, value }));

/**
 * Captured deliveries keep only the path; HAR wants an absolute URL, so the Host header completes
 * it, unless the sender's Host is not a valid one: one odd delivery must not break the export.
 */
function absoluteUrl(d: DeliveryDetail): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(d.url)) return d.url;
  const host = headerValue(d.requestHeaders, 'host');
  return host && URL.canParse(`http://${host}/`) ? `http://${host}${d.url}` : `http://localhost${d.url}`;
}

function queryString(url: string) {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1).split('#')[0] : '';
  return [...new URLSearchParams(query)].map(([name, value]) => ({ name, value }));
}

function harEntry(stored: DeliveryDetail, store: DeliveryStore, redaction: Redaction) {
  const { detail: d, requestBody: storedRequest, responseBody } = redactedDelivery(store, stored, redaction);
  const url = absoluteUrl(d);
  const requestBody = storedRequest ?? new Uint8Array();
  const httpVersion = `HTTP/${d.httpVersion}`;
  return {
    startedDateTime: new Date(d.receivedAt).toISOString(),
    time: d.durationMs ?? -1,
    request: {
      method: d.method,
      url,
      httpVersion,
      cookies: [],
      headers: nameValues(d.requestHeaders),
      queryString: queryString(url),
      // `encoding` on postData is the common HAR extension for binary request bodies.
      postData: { mimeType: headerValue(d.requestHeaders, 'content-type') ?? '', ...encodeBody(requestBody) },
      headersSize: -1,
      bodySize: d.requestSize,
    },
    response: {
      status: d.status ?? 0,
      statusText: d.status === null ? statusLabel(d) : '',
      httpVersion,
      cookies: [],
      headers: nameValues(d.responseHeaders),
      content: {
        size: responseBody?.byteLength ?? 0,
        mimeType: headerValue(d.responseHeaders ?? [], 'content-type') ?? '',
        ...(responseBody ? encodeBody(responseBody) : {}),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: responseBody?.byteLength ?? -1,
      ...(d.errorKind ? { _error: d.errorMessage ?? d.errorKind } : {}),
    },
    cache: {},
    timings: { send: 0, wait: d.durationMs ?? -1, receive: 0 },
    _hookbench: {
      id: d.id,
      origin: d.origin,
      event: d.event,
      parentId: d.parentId,
      provider: d.provider,
      remoteAddress: d.remoteAddress,
      overLimit: d.overLimit,
      tokenCheck: d.tokenCheck,
      signatureCheck: d.signatureCheck,
      errorKind: d.errorKind,
    },
  };
}

/**
 * HAR 1.2, written piece by piece so that exporting a large store never holds it all in memory. Secrets are
 * masked unless the caller passes another redaction (REVEAL_SECRETS when the user asks for them).
 */
export function writeHar(
  store: DeliveryStore,
  write: (chunk: string) => void,
  ids?: readonly number[],
  redaction: Redaction = maskSecrets([]),
): void {
  write(`{"log":{"version":"1.2","creator":{"name":"Hookbench","version":${JSON.stringify(version)}},"entries":[`);
  let first = true;
  for (const detail of store.iterateDetails(ids)) {
    write((first ? '\n' : ',\n') + JSON.stringify(harEntry(detail, store, redaction)));
    first = false;
  }
  write('\n]}}\n');
}
