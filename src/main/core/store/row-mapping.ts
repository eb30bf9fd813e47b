import type { DeliveryDetail, DeliveryRow, RawHeaders } from '@shared/delivery';

/** The list's columns, from the narrow `deliveries` table (aliased `d`). */
export const ROW_COLUMNS = `d.id, d.origin, d.parent_id, d.received_at, d.method, d.url, d.provider, d.event, d.status,
  d.error_kind, d.duration_ms, d.request_size, d.over_limit, d.token_check, d.signature_check`;

/** One delivery with its exchange, bodies left out: they are read on their own, by part. */
export const DETAIL_SQL = `SELECT ${ROW_COLUMNS}, e.http_version, e.remote_address, e.request_headers, e.response_headers,
  e.response_size, e.error_message, e.token_reason, e.signature_reason FROM deliveries d JOIN exchanges e ON e.id = d.id WHERE d.id = ?`;

export type SqlRow = Record<string, unknown>;

export function toRow(r: SqlRow): DeliveryRow {
  return {
    id: r.id as number,
    origin: r.origin as DeliveryRow['origin'],
    parentId: (r.parent_id as number | null) ?? null,
    receivedAt: r.received_at as number,
    method: r.method as string,
    url: r.url as string,
    provider: r.provider as DeliveryRow['provider'],
    event: (r.event as string | null) ?? null,
    status: (r.status as number | null) ?? null,
    errorKind: (r.error_kind as DeliveryRow['errorKind']) ?? null,
    durationMs: (r.duration_ms as number | null) ?? null,
    requestSize: r.request_size as number,
    overLimit: r.over_limit === 1,
    tokenCheck: r.token_check as DeliveryRow['tokenCheck'],
    signatureCheck: r.signature_check as DeliveryRow['signatureCheck'],
  };
}

function toPairs(json: string | null): RawHeaders | null {
  if (json === null) return null;
  const flat = JSON.parse(json) as string[];
  const pairs: RawHeaders = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return pairs;
}

/** A row of deliveries joined with its exchange (headers, verdict reasons), without the bodies. */
export function toDetail(r: SqlRow): DeliveryDetail {
  return {
    ...toRow(r),
    httpVersion: r.http_version as string,
    remoteAddress: (r.remote_address as string | null) ?? null,
    requestHeaders: toPairs(r.request_headers as string) ?? [],
    responseHeaders: toPairs(r.response_headers as string | null),
    responseSize: (r.response_size as number | null) ?? null,
    errorMessage: (r.error_message as string | null) ?? null,
    tokenReason: (r.token_reason as string | null) ?? null,
    signatureReason: (r.signature_reason as string | null) ?? null,
  };
}

/** The column holding a body part's bytes, in `exchanges`. */
export const BODY_SQL = {
  request: 'SELECT request_body AS body FROM exchanges WHERE id = ?',
  response: 'SELECT response_body AS body FROM exchanges WHERE id = ?',
} as const;

/** A body's first bytes (SQLite cuts them, so only they cross to JavaScript) and its whole size. */
export const BODY_START_SQL = {
  request: 'SELECT substr(request_body, 1, ?) AS start, length(request_body) AS size FROM exchanges WHERE id = ?',
  response: 'SELECT substr(response_body, 1, ?) AS start, length(response_body) AS size FROM exchanges WHERE id = ?',
} as const;
