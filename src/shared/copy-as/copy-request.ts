import type { RawHeaders } from '../delivery';

export { bodyBase64, bodyText } from '../body-text';

/** A stored request as the copy forms need it: the wire's headers in order, the body's exact bytes. */
export interface CopyRequest {
  method: string;
  /** Absolute URL (scheme, host, path and query). */
  url: string;
  headers: RawHeaders;
  body: Uint8Array | null;
  /** True when secrets were masked: the copy says it will not authenticate. */
  masked: boolean;
}

export type CopyFormat = 'curl' | 'httpie' | 'fetch' | 'python';

export const COPY_FORMAT_LABELS: Record<CopyFormat, string> = {
  curl: 'curl',
  httpie: 'HTTPie',
  fetch: 'fetch (JavaScript)',
  python: 'Python requests',
};

export const MASKED_WARNING = 'Secrets are masked: this will not authenticate. Reveal secrets to copy a working request.';

/** The body to send, or null for none: an empty body is no body (a data flag would add a Content-Length). */
export function sentBody(request: CopyRequest): Uint8Array | null {
  return request.body && request.body.byteLength > 0 ? request.body : null;
}
