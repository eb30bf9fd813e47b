/**
 * The places a token sits whatever its value: a `token` query parameter or form field, a JSON `token` key
 * (and their `private_token`, `trigger-token`… kin). A value there is masked even when Hookbench does not
 * hold it, and a short secret is masked only in such places, never as a substring of everything.
 */
import { maskSecret } from '@shared/secrets';

const TOKEN_NAME = /^(?:[\w-]*[_-])?token$/i;

export const isTokenName = (name: string) => TOKEN_NAME.test(name);

function formDecoded(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/**
 * A query (`a=1&token=x`) with each token parameter, and each parameter whose value is one of `exact`, masked;
 * every other byte stays as it was. `encode` writes the mask as its place needs it.
 */
export function maskedQuery(query: string, exact: ReadonlySet<string>, encode: (mask: string) => string): string {
  return query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return pair;
      const value = formDecoded(pair.slice(equals + 1));
      if (!isTokenName(formDecoded(pair.slice(0, equals))) && !exact.has(value)) return pair;
      return `${pair.slice(0, equals + 1)}${encode(maskSecret(value))}`;
    })
    .join('&');
}

/** A path and query (or a full URL) with its query's token parameters masked, the mask as readable text. */
export function maskedUrlQuery(url: string, exact: ReadonlySet<string>): string {
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return url;
  const hashAt = url.indexOf('#', queryAt);
  const end = hashAt === -1 ? url.length : hashAt;
  return `${url.slice(0, queryAt + 1)}${maskedQuery(url.slice(queryAt + 1, end), exact, (mask) => mask)}${url.slice(end)}`;
}

const JSON_TOKEN = /("(?:[\w-]*[_-])?token"\s*:\s*)"((?:[^"\\]|\\.)*)"/gi;
const MULTIPART_TOKEN = /(\bname="(?:[\w-]*[_-])?token"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n)([^\r\n]*)/gi;
const FORM_BODY = /^[\w.%+*~-]+=[^&]*(?:&[\w.%+*~[\]-]+=[^&]*)*$/;

/**
 * A body with the values at token positions masked. It is read as Latin-1 (one character per byte), so every
 * byte outside a masked value comes back unchanged; the mask itself is written as UTF-8.
 */
export function maskedTokenPositions(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1');
  if (!/token/i.test(text)) return bytes;
  const utf8Mask = (value: string) => Buffer.from(maskSecret(value), 'utf8').toString('latin1');
  let masked = text
    .replace(JSON_TOKEN, (_, key: string, value: string) => `${key}"${utf8Mask(value)}"`)
    .replace(MULTIPART_TOKEN, (_, head: string, value: string) => `${head}${utf8Mask(value)}`);
  if (FORM_BODY.test(masked.trim())) masked = maskedQuery(masked, new Set(), encodeURIComponent);
  return masked === text ? bytes : Buffer.from(masked, 'latin1');
}
