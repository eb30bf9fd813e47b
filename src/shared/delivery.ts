/** The delivery model shared by the core, every face and the renderer. No Node, no DOM. */

/** `imported`: read from a HAR or NDJSON file (its name is kept beside the delivery); `check`: sent by a check run. */
export type Origin = 'captured' | 'forwarded' | 'replay' | 'sample' | 'trigger' | 'imported' | 'check';

/** Why an outbound request got no HTTP response (GitLab logs these as `internal error`). */
export type TransportErrorKind = 'refused' | 'timeout' | 'tls' | 'reset' | 'other';

export type Verdict = 'valid' | 'invalid' | 'missing' | 'not-configured';

export type Provider = 'gitlab' | 'github' | 'gitea' | 'bitbucket' | 'other';

export type StatusClass = 'pending' | 'success' | 'failure' | 'internal-error';

/** Raw header pairs exactly as they crossed the wire: original order and case, duplicates kept. */
export type RawHeaders = Array<[name: string, value: string]>;

/** What the list shows: everything but headers and bodies. */
export interface DeliveryRow {
  id: number;
  origin: Origin;
  parentId: number | null;
  /** Epoch milliseconds when the request started. */
  receivedAt: number;
  method: string;
  /** Path and query for captured deliveries; the full target URL for outbound ones. */
  url: string;
  provider: Provider;
  event: string | null;
  /** Response status; null while in flight or when no response came (see errorKind). */
  status: number | null;
  errorKind: TransportErrorKind | null;
  durationMs: number | null;
  requestSize: number;
  /** True when the body exceeded the limit: it got 413 and its bytes were not kept. */
  overLimit: boolean;
  tokenCheck: Verdict;
  signatureCheck: Verdict;
  /** On a forward's capture, once the leg is stored: what the receiver said (the row shows both statuses). */
  forwardLeg?: ForwardLegStatus;
}

/** A forward leg as its capture's row carries it. */
export interface ForwardLegStatus {
  id: number;
  url: string;
  status: number | null;
  errorKind: TransportErrorKind | null;
  /** What happened at the target when it gave no answer, in words ("connect ECONNREFUSED 127.0.0.1:3000"). */
  errorMessage: string | null;
  durationMs: number | null;
}

export interface DeliveryDetail extends DeliveryRow {
  httpVersion: string;
  remoteAddress: string | null;
  requestHeaders: RawHeaders;
  responseHeaders: RawHeaders | null;
  responseSize: number | null;
  errorMessage: string | null;
  /** Why the secret token or signature check failed, in words (null when it passed or was not configured). */
  tokenReason: string | null;
  signatureReason: string | null;
  /** For a delivery a check run sent: which run, and the case in words ("sent by check run 3, case …"). */
  sentByCheck?: { runId: number; caseTitle: string } | null;
}

export type BodyPart = 'request' | 'response';

/**
 * A slice of a body's bytes. They travel as bytes, never re-encoded: structured clone over IPC, the raw route
 * GET /api/body/:id/:part over HTTP, so a 25 MB body costs 25 MB, not a base64 string inside JSON.
 */
export interface BodyBytes {
  /** The whole body's size (as shown: masking can change it), whatever the slice. */
  size: number;
  /** Where the slice starts in the whole body. */
  offset: number;
  bytes: Uint8Array;
  /**
   * A body's start masked without the rest: `size` is the stored size, which masking the rest may change by a
   * few bytes a secret. The rest (from the end of this slice) says the shown size.
   */
  sizeAsStored?: true;
}

export function statusClass(row: Pick<DeliveryRow, 'status' | 'errorKind'>): StatusClass {
  if (row.errorKind) return 'internal-error';
  if (row.status === null) return 'pending';
  return row.status >= 200 && row.status <= 299 ? 'success' : 'failure';
}

/** The words shown next to the colour, so colour is never the only signal. */
export function statusLabel(row: Pick<DeliveryRow, 'status' | 'errorKind'>): string {
  // A forward's capture whose target failed: what the sender got (Hookbench's 502/504), and what the leg was.
  if (row.errorKind && row.status !== null) return `${row.status} · internal error`;
  if (row.errorKind) return 'internal error';
  return row.status === null ? 'pending' : String(row.status);
}
