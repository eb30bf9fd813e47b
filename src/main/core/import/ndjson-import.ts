import type { RawHeaders } from '@shared/delivery';
import { bodyBytes, isObject, type ImportedEntry } from './imported-record';

function flat(headers: unknown): string[] | null {
  return Array.isArray(headers) ? (headers as RawHeaders).flat() : null;
}

function body(value: unknown): Uint8Array | null {
  return isObject(value) ? bodyBytes(value.text, value.encoding) : null;
}

/** One line of Hookbench's NDJSON export (a delivery's whole detail and both bodies) as a delivery. */
export function ndjsonLineRecord(line: string): ImportedEntry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { skipped: `it is not JSON (${(error as Error).message})` };
  }
  if (!isObject(parsed) || typeof parsed.method !== 'string' || typeof parsed.url !== 'string' || !Array.isArray(parsed.requestHeaders)) {
    return { skipped: 'it is not a Hookbench delivery (no method, url or requestHeaders)' };
  }
  const d = parsed as Record<string, unknown> & { method: string; url: string };
  const receivedAt = Date.parse(String(d.receivedAt));
  if (Number.isNaN(receivedAt)) return { skipped: `its receivedAt ${JSON.stringify(d.receivedAt)} is not a date` };
  const requestBody = body(d.requestBody) ?? new Uint8Array();
  return {
    record: {
      origin: 'imported',
      parentId: null,
      receivedAt,
      method: d.method,
      url: d.url,
      httpVersion: typeof d.httpVersion === 'string' ? d.httpVersion : '1.1',
      remoteAddress: typeof d.remoteAddress === 'string' ? d.remoteAddress : null,
      requestHeaders: flat(d.requestHeaders) ?? [],
      requestBody,
      requestSize: typeof d.requestSize === 'number' ? d.requestSize : requestBody.byteLength,
      overLimit: d.overLimit === true,
      provider: (d.provider as never) ?? 'other',
      event: typeof d.event === 'string' ? d.event : null,
      status: typeof d.status === 'number' ? d.status : null,
      errorKind: (d.errorKind as never) ?? null,
      errorMessage: typeof d.errorMessage === 'string' ? d.errorMessage : null,
      responseHeaders: flat(d.responseHeaders),
      responseBody: body(d.responseBody),
      durationMs: typeof d.durationMs === 'number' ? d.durationMs : null,
      tokenCheck: (d.tokenCheck as never) ?? 'not-configured',
      signatureCheck: (d.signatureCheck as never) ?? 'not-configured',
      tokenReason: typeof d.tokenReason === 'string' ? d.tokenReason : null,
      signatureReason: typeof d.signatureReason === 'string' ? d.signatureReason : null,
    },
  };
}
