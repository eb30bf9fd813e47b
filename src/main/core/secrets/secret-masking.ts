import type { DeliveryRecord } from '../store/delivery-record';

/** What a stored delivery shows in place of a secret. */
export const STORED_MASK = '[masked]';

/** Headers whose whole value is a credential, whatever secrets are known. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie']);

/** Each form a secret may take in a URL, a form, a query or a JSON body, longest first, each with its mask. */
export function secretForms(secrets: readonly string[], mask: (secret: string) => string): Array<[form: string, mask: string]> {
  const forms = new Map<string, string>();
  for (const secret of secrets.filter(Boolean)) {
    for (const form of [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)]) {
      if (form && !forms.has(form)) forms.set(form, mask(secret));
    }
  }
  return [...forms].sort(([a], [b]) => b.length - a.length);
}

export type SecretMask = (text: string) => string;

/** A function that replaces every known secret, in each of its forms, in a text. */
export function secretMask(secrets: readonly string[], mask: (secret: string) => string): SecretMask {
  const forms = secretForms(secrets, mask);
  return (text) => forms.reduce((masked, [form, replacement]) => masked.split(form).join(replacement), text);
}

function maskedBytes(bytes: Uint8Array, mask: SecretMask): Uint8Array {
  // Bodies of trigger calls are text (forms, JSON, queries); a body that is not UTF-8 holds no typed secret.
  const text = Buffer.from(bytes).toString('utf8');
  const masked = mask(text);
  return masked === text ? bytes : Buffer.from(masked, 'utf8');
}

function maskedHeaders(flat: string[], mask: SecretMask): string[] {
  return flat.map((value, i) => {
    if (i % 2 === 0) return value;
    const name = flat[i - 1].toLowerCase();
    // The scheme (Basic, Bearer) says how the call authenticated; everything after it is the credential.
    const scheme = /^[A-Za-z]+ /.exec(value)?.[0] ?? '';
    if (name === 'authorization') return `${scheme}${STORED_MASK}`;
    return CREDENTIAL_HEADERS.has(name) ? STORED_MASK : mask(value);
  });
}

/**
 * The delivery as it may be stored: no secret in its URL, headers or bodies, on either side. The database
 * is plain text on disk; tokens belong in the encrypted secret store only.
 */
export function withoutSecrets(record: DeliveryRecord, secrets: readonly string[]): DeliveryRecord {
  const mask = secretMask(secrets, () => STORED_MASK);
  const requestBody = maskedBytes(record.requestBody, mask);
  return {
    ...record,
    url: mask(record.url),
    requestHeaders: maskedHeaders(record.requestHeaders, mask),
    requestBody,
    requestSize: requestBody.byteLength,
    responseHeaders: record.responseHeaders && record.responseHeaders.map((value, i) => (i % 2 === 0 ? value : mask(value))),
    responseBody: record.responseBody && maskedBytes(record.responseBody, mask),
    errorMessage: record.errorMessage && mask(record.errorMessage),
  };
}
