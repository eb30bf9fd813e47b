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

const JSON_VALUE = /\s*:\s*"((?:[^"\\]|\\.)*)"/y;
const MULTIPART_VALUE = /"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([^\r\n]*)/y;
const FORM_BODY = /^[\w.%+*~-]+=[^&]*(?:&[\w.%+*~[\]-]+=[^&]*)*$/;

/** Where a value to mask starts and ends in the body, and what it is (for the mask's tail). */
interface Span {
  from: number;
  to: number;
  value: string;
}

/**
 * Each `token"` key of a JSON object (`"token": "…"`, `"private_token": "…"`) and each multipart part named so
 * (`name="token"`), found by indexOf rather than one regex over the whole body: a 25 MB body takes milliseconds.
 */
function tokenValueSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf('token"'); at !== -1; at = text.indexOf('token"', at + 6)) {
    let nameStart = at;
    while (nameStart > 0 && /[\w-]/.test(text[nameStart - 1])) nameStart--;
    if (!isTokenName(text.slice(nameStart, at + 5))) continue;
    const opener = text.slice(Math.max(0, nameStart - 6), nameStart);
    const pattern = opener.endsWith('name="') ? MULTIPART_VALUE : opener.endsWith('"') ? JSON_VALUE : null;
    if (!pattern) continue;
    pattern.lastIndex = at + 5 + (pattern === JSON_VALUE ? 1 : 0);
    const match = pattern.exec(text);
    if (!match) continue;
    const to = pattern.lastIndex - (pattern === JSON_VALUE ? 1 : 0);
    spans.push({ from: to - match[1].length, to, value: match[1] });
  }
  return spans;
}

/**
 * A body with the values at token positions masked. It is read as Latin-1 (one character per byte), so
 * offsets are byte offsets and every byte outside a masked value comes back unchanged; masks are UTF-8.
 */
export function maskedTokenPositions(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1');
  if (!/token/i.test(text)) return bytes;
  if (FORM_BODY.test(text.trim())) {
    const masked = maskedQuery(text, new Set(), encodeURIComponent);
    return masked === text ? bytes : Buffer.from(masked, 'latin1');
  }
  const spans = tokenValueSpans(text);
  if (spans.length === 0) return bytes;
  const parts: Buffer[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(bytes.subarray(from, span.from), Buffer.from(maskSecret(span.value), 'utf8'));
    from = span.to;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}
