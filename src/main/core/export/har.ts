import { STATUS_CODES } from 'node:http';
import type { DeliveryDetail } from '@shared/delivery';
import { statusLabel } from '@shared/delivery';
import type { DeliveryStore } from '../store/delivery-store';
import { version } from '../../../../package.json';
import { headerValue } from '@shared/headers';
import { encodeBody } from './body-encoding';
import { harHeaders } from './har-headers';
import { maskSecrets, redactedDelivery, type Redaction } from './redaction';

/**
 * Captured deliveries keep only the path; HAR wants an absolute URL, so the Host header completes
 * it, unless the sender's Host is not a valid one: one odd delivery must not break the export.
 * `OPTIONS *` asks about the server as a whole, which RFC 9110 writes as the origin with no path.
 */
function absoluteUrl(d: DeliveryDetail): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(d.url)) return d.url;
  const host = headerValue(d.requestHeaders, 'host');
  const origin = host && URL.canParse(`http://${host}/`) ? `http://${host}` : 'http://localhost';
  return d.url === '*' ? origin : `${origin}${d.url}`;
}

/** HAR's URL is a URI: characters beyond ASCII (a masked token's "••••••", say) are written percent-encoded. */
const asUri = (url: string) => url.replace(/[^\x21-\x7e]+/g, (run) => encodeURIComponent(run));

/** Node's reason phrase for the code (the one Hookbench's receiver sends), or the words the list shows. */
function statusText(d: DeliveryDetail): string {
  return d.status === null ? statusLabel(d) : (STATUS_CODES[d.status] ?? '');
}

function queryString(url: string) {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1).split('#')[0] : '';
  return [...new URLSearchParams(query)].map(([name, value]) => ({ name, value }));
}

function harEntry(stored: DeliveryDetail, store: DeliveryStore, redaction: Redaction) {
  const { detail: d, requestBody: storedRequest, responseBody } = redactedDelivery(store, stored, redaction);
  const url = asUri(absoluteUrl(d));
  const httpVersion = `HTTP/${d.httpVersion}`;
  return {
    startedDateTime: new Date(d.receivedAt).toISOString(),
    // HAR wants a time of 0 or more: a call with no measured duration took no time we know of.
    time: d.durationMs ?? 0,
    request: {
      method: d.method,
      url,
      httpVersion,
      cookies: [],
      headers: harHeaders(d.requestHeaders),
      queryString: queryString(url),
      // `encoding` on postData is the common HAR extension for binary request bodies.
      ...(storedRequest && storedRequest.byteLength > 0
        ? { postData: { mimeType: headerValue(d.requestHeaders, 'content-type') ?? '', ...encodeBody(storedRequest) } }
        : {}),
      headersSize: -1,
      bodySize: d.requestSize,
    },
    response: {
      status: d.status ?? 0,
      statusText: statusText(d),
      httpVersion,
      cookies: [],
      headers: harHeaders(d.responseHeaders),
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
    timings: { send: 0, wait: d.durationMs ?? 0, receive: 0 },
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
 * HAR 1.2, piece by piece, so that exporting a large store never holds it all in memory. Secrets are
 * masked unless the caller passes another redaction (REVEAL_SECRETS when the user asks for them).
 */
export function* harChunks(store: DeliveryStore, ids?: readonly number[], redaction: Redaction = maskSecrets([])): Generator<string> {
  yield `{"log":{"version":"1.2","creator":{"name":"Hookbench","version":${JSON.stringify(version)}},"entries":[`;
  let first = true;
  for (const detail of store.iterateDetails(ids)) {
    yield (first ? '\n' : ',\n') + JSON.stringify(harEntry(detail, store, redaction));
    first = false;
  }
  yield '\n]}}\n';
}
