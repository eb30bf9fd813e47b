import type { RawHeaders } from '../delivery';

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

/** The body as text when it is UTF-8 a command line can carry (no NUL, no control bytes but tab, CR, LF). */
export function bodyText(body: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? null : text;
}

export function bodyBase64(body: Uint8Array): string {
  let binary = '';
  for (const byte of body) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The body to send, or null for none: an empty body is no body (a data flag would add a Content-Length). */
export function sentBody(request: CopyRequest): Uint8Array | null {
  return request.body && request.body.byteLength > 0 ? request.body : null;
}
