import type { BodyPart, DeliveryDetail, RawHeaders } from '@shared/delivery';
import { maskSecret } from '@shared/secrets';
import { secretForms, secretMask } from '../secrets/secret-masking';
import type { DeliveryStore } from '../store/delivery-store';

/** Headers that carry credentials: their values are masked whole, whatever they hold. */
const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'x-gitlab-token', 'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'private-token', 'job-token', 'jenkins-crumb',
]);

/**
 * Shorter values are not searched for: masking every "abc" in a body would wreck the export and protect
 * nothing a guess could not find. Secret headers are masked whatever their length.
 */
const MIN_SEARCHED_LENGTH = 4;

/** What an export does to a delivery before writing it: mask secrets, or (when the user asks) nothing. */
export interface Redaction {
  detail(detail: DeliveryDetail): DeliveryDetail;
  body(bytes: Uint8Array): Uint8Array;
  /** This redaction, also masking the credentials the delivery's own request carried wherever else they appear. */
  forDelivery(detail: DeliveryDetail): Redaction;
}

export const REVEAL_SECRETS: Redaction = { detail: (detail) => detail, body: (bytes) => bytes, forDelivery: () => REVEAL_SECRETS };

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

function replaceAllBytes(bytes: Buffer, needle: Buffer, replacement: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, from)) {
    parts.push(bytes.subarray(from, at), replacement);
    from = at + needle.byteLength;
  }
  if (parts.length === 0) return bytes;
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/** Masks the secret headers, and every occurrence of a held secret, in each form it takes in a URL, form or JSON. */
export function maskSecrets(secretValues: readonly string[]): Redaction {
  const searched = secretValues.filter((value) => value.length >= MIN_SEARCHED_LENGTH);
  const text = secretMask(searched, maskSecret);
  // Bodies are masked byte for byte, so a body that is not UTF-8 is exported with its other bytes unchanged.
  const byteForms = secretForms(searched, maskSecret).map(([form, mask]) => ({ form: Buffer.from(form, 'utf8'), mask: Buffer.from(mask, 'utf8') }));
  const headers = (raw: RawHeaders): RawHeaders =>
    raw.map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? maskSecret(value) : text(value)]);

  const redaction: Redaction = {
    forDelivery: (detail) => {
      const own = ownCredentials(detail.requestHeaders);
      return own.length === 0 ? redaction : maskSecrets([...secretValues, ...own]);
    },
    detail: (detail) => ({
      ...detail,
      url: text(detail.url),
      requestHeaders: headers(detail.requestHeaders),
      responseHeaders: detail.responseHeaders && headers(detail.responseHeaders),
      errorMessage: detail.errorMessage && text(detail.errorMessage),
    }),
    body: (bytes) =>
      byteForms.reduce(
        (masked, { form, mask }) => replaceAllBytes(masked, form, mask),
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      ),
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
