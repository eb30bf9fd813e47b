import type { BodyPart, DeliveryDetail, DeliveryRow, RawHeaders } from '@shared/delivery';
import { maskSecret } from '@shared/secrets';
import { secretForms, secretMask } from '../secrets/secret-masking';
import { maskedTokenPositions, maskedTokenPositionsOfStart, maskedUrlQuery } from '../secrets/token-positions';
import type { DeliveryStore } from '../store/delivery-store';

/** Headers that carry credentials: their values are masked whole, whatever they hold. */
const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'x-gitlab-token', 'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'private-token', 'job-token', 'jenkins-crumb',
]);

/**
 * Shorter secrets are masked only where a token sits (a header value, a query parameter, a token field or
 * key): masking every "T" of a Date header and a body would wreck what is shown and protect nothing.
 */
const MIN_SEARCHED_LENGTH = 8;

/**
 * What showing or exporting does to a stored delivery: mask secrets, or (when the user asks) nothing.
 * The store keeps the wire's bytes; only these views of it are masked.
 */
export interface Redaction {
  detail(detail: DeliveryDetail): DeliveryDetail;
  row<R extends DeliveryRow>(row: R): R;
  body(bytes: Uint8Array): Uint8Array;
  /**
   * The start of a longer body, masked: the bytes that masking the whole body would begin with, as many as
   * the start settles (a secret or a token value the start cuts off, and all after it, is left out).
   */
  bodyStart(start: Uint8Array): Uint8Array;
  /** This redaction, also masking the credentials the delivery's own request carried wherever else they appear. */
  forDelivery(detail: DeliveryDetail): Redaction;
}

export const REVEAL_SECRETS: Redaction = {
  detail: (detail) => detail, row: (row) => row, body: (bytes) => bytes, bodyStart: (start) => start, forDelivery: () => REVEAL_SECRETS,
};

/**
 * The credentials in a delivery's own secret headers: a token given for one send is kept nowhere but in the
 * wire bytes, yet a receiver may echo it in its answer. Basic auth counts decoded too (user:password, password).
 */
function ownCredentials(headers: RawHeaders): string[] {
  const found: string[] = [];
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (!SECRET_HEADERS.has(lower) || lower === 'cookie' || lower === 'set-cookie') continue;
    const [, scheme, credential] = /^([A-Za-z]+) (.+)$/s.exec(value) ?? [null, '', value];
    found.push(credential);
    if (scheme.toLowerCase() === 'basic') {
      const decoded = Buffer.from(credential, 'base64').toString('utf8');
      found.push(decoded, decoded.slice(decoded.indexOf(':') + 1));
    }
  }
  return found.filter((value) => value.length >= MIN_SEARCHED_LENGTH);
}

/** Every occurrence of `needle` replaced, left to right; `lastEnd` is where the last one replaced ended in `bytes`. */
function replaceAllBytes(bytes: Buffer, needle: Buffer, replacement: Buffer): { replaced: Buffer; lastEnd: number } {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, from)) {
    parts.push(bytes.subarray(from, at), replacement);
    from = at + needle.byteLength;
  }
  if (parts.length === 0) return { replaced: bytes, lastEnd: 0 };
  parts.push(bytes.subarray(from));
  return { replaced: Buffer.concat(parts), lastEnd: from };
}

/** Where, at or after `from`, the bytes up to `end` begin the needle: an occurrence the end may cut off (else `end`). */
function cutOccurrence(bytes: Buffer, from: number, end: number, needle: Buffer): number {
  for (let at = Math.max(from, end - needle.byteLength + 1); at < end; at++) {
    if (bytes.compare(needle, 0, end - at, at, end) === 0) return at;
  }
  return end;
}

/**
 * Of a body's start masked so far, the first `certain` bytes settled: replacing in them settles all but an
 * occurrence the start's end may cut off.
 */
function replaceInStart(masked: Buffer, certain: number, needle: Buffer, replacement: Buffer): { masked: Buffer; certain: number } {
  const { replaced, lastEnd } = replaceAllBytes(masked.subarray(0, certain), needle, replacement);
  const settled = cutOccurrence(masked, lastEnd, certain, needle);
  return { masked: replaced, certain: replaced.byteLength - (certain - settled) };
}

/**
 * The scheme (Basic, Bearer) says how a call authenticated; everything after it is the credential, and none of
 * it is shown (the tail of Basic's base64 would be the tail of a password).
 */
function maskedCredential(name: string, value: string): string {
  const scheme = /^[A-Za-z]+ /.exec(value)?.[0];
  return /authorization$/i.test(name) && scheme ? `${scheme}${maskSecret('')}` : maskSecret(value);
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Masks credential headers, token positions, and every occurrence of a held secret of 8 characters or more. */
export function maskSecrets(secretValues: readonly string[]): Redaction {
  const searched = secretValues.filter((value) => value.length >= MIN_SEARCHED_LENGTH);
  const exact = new Set(secretValues.filter(Boolean));
  const text = secretMask(searched, maskSecret);
  const url = (value: string) => text(maskedUrlQuery(value, exact));
  // Bodies are masked byte for byte, so a body that is not UTF-8 is shown with its other bytes unchanged.
  const byteForms = secretForms(searched, maskSecret).map(([form, mask]) => ({ form: Buffer.from(form, 'utf8'), mask: Buffer.from(mask, 'utf8') }));
  const headers = (raw: RawHeaders): RawHeaders =>
    raw.map(([name, value]) => [
      name,
      SECRET_HEADERS.has(name.toLowerCase()) ? maskedCredential(name, value) : exact.has(value) ? maskSecret(value) : text(value),
    ]);

  const redaction: Redaction = {
    forDelivery: (detail) => {
      const own = ownCredentials(detail.requestHeaders);
      return own.length === 0 ? redaction : maskSecrets([...secretValues, ...own]);
    },
    detail: (detail) => ({
      ...detail,
      url: url(detail.url),
      requestHeaders: headers(detail.requestHeaders),
      responseHeaders: detail.responseHeaders && headers(detail.responseHeaders),
      errorMessage: detail.errorMessage && text(detail.errorMessage),
    }),
    row: (row) => {
      const shown = url(row.url);
      const leg = row.forwardLeg;
      const forwardLeg = leg && { ...leg, url: url(leg.url), errorMessage: leg.errorMessage && text(leg.errorMessage) };
      if (shown === row.url && !leg) return row;
      return forwardLeg ? { ...row, url: shown, forwardLeg } : { ...row, url: shown };
    },
    body: (bytes) =>
      byteForms.reduce((masked, { form, mask }) => replaceAllBytes(masked, form, mask).replaced, maskedTokenPositions(asBuffer(bytes))),
    bodyStart: (start) => {
      const settled = byteForms.reduce(
        (sofar, { form, mask }) => replaceInStart(sofar.masked, sofar.certain, form, mask),
        maskedTokenPositionsOfStart(asBuffer(start)),
      );
      return settled.masked.subarray(0, settled.certain);
    },
  };
  return redaction;
}

/** A stored delivery and its bodies as an export writes them. */
export function redactedDelivery(store: DeliveryStore, stored: DeliveryDetail, exportRedaction: Redaction) {
  const redaction = exportRedaction.forDelivery(stored);
  const body = (part: BodyPart) => {
    const bytes = store.getBody(stored.id, part);
    return bytes && redaction.body(bytes);
  };
  return { detail: redaction.detail(stored), requestBody: body('request'), responseBody: body('response') };
}
