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
 * What a JSON value or a multipart part's value may look like when the text it is read from stops inside it:
 * a token position whose value matched none of the patterns above but fits these could still match further on.
 */
const JSON_VALUE_CUT = /\s*(?::\s*(?:"(?:[^"\\]|\\.)*\\?)?)?$/y;
const MULTIPART_VALUE_CUT = /"[^\r\n]*(?:\r\n[^\r\n]*)*\r?$/y;

/**
 * Each `token"` key of a JSON object (`"token": "…"`, `"private_token": "…"`) and each multipart part named so
 * (`name="token"`), found by indexOf rather than one regex over the whole body: a 25 MB body takes milliseconds.
 * Of a body's start, `certain` is how much of it the spans found are those of the whole body: up to the first
 * token position whose value the start's end cuts off.
 */
function tokenValueSpans(text: string, isWhole: boolean): { spans: Span[]; certain: number } {
  const spans: Span[] = [];
  for (let at = text.indexOf('token"'); at !== -1; at = text.indexOf('token"', at + 6)) {
    let nameStart = at;
    while (nameStart > 0 && /[\w-]/.test(text[nameStart - 1])) nameStart--;
    if (!isTokenName(text.slice(nameStart, at + 5))) continue;
    const opener = text.slice(Math.max(0, nameStart - 6), nameStart);
    const pattern = opener.endsWith('name="') ? MULTIPART_VALUE : opener.endsWith('"') ? JSON_VALUE : null;
    if (!pattern) continue;
    const valueAt = at + 5 + (pattern === JSON_VALUE ? 1 : 0);
    pattern.lastIndex = valueAt;
    const match = pattern.exec(text);
    // A multipart value runs to its line's end: one that reaches the text's end may go on past it.
    const cut = isWhole ? false : match ? pattern === MULTIPART_VALUE && pattern.lastIndex === text.length : reachesEnd(pattern, text, valueAt);
    if (cut) return { spans, certain: at + 6 };
    if (!match) continue;
    const to = pattern.lastIndex - (pattern === JSON_VALUE ? 1 : 0);
    spans.push({ from: to - match[1].length, to, value: match[1] });
  }
  return { spans, certain: text.length };
}

function reachesEnd(pattern: RegExp, text: string, valueAt: number): boolean {
  const cut = pattern === JSON_VALUE ? JSON_VALUE_CUT : MULTIPART_VALUE_CUT;
  cut.lastIndex = valueAt;
  return cut.test(text);
}

/** The bytes up to `end` with each span's value replaced by its mask. */
function withSpansMasked(bytes: Buffer, spans: readonly Span[], end: number): Buffer {
  if (spans.length === 0) return bytes.subarray(0, end);
  const parts: Buffer[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(bytes.subarray(from, span.from), Buffer.from(maskSecret(span.value), 'utf8'));
    from = span.to;
  }
  parts.push(bytes.subarray(from, Math.max(from, end)));
  return Buffer.concat(parts);
}

/** Starts a form body may have (after white space, as trim() sees it in Latin-1): FORM_BODY's first name and its `=`. */
const MAYBE_FORM = /^[\t\n\v\f\r \xa0]*(?:[\w.%+*~-]+(?:=|$)|$)/;

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
  const { spans } = tokenValueSpans(text, true);
  return spans.length === 0 ? bytes : withSpansMasked(bytes, spans, bytes.byteLength);
}

/**
 * The start of a longer body with its token positions masked, and how many of the masked bytes are those that
 * masking the whole body begins with (a value the start cuts off, and all after it, is left out). A start that
 * may be a form's is masked as a whole form is, so none of it is certain.
 */
export function maskedTokenPositionsOfStart(start: Buffer): { masked: Buffer; certain: number } {
  const text = start.toString('latin1');
  if (MAYBE_FORM.test(text)) return { masked: start, certain: 0 };
  const { spans, certain } = tokenValueSpans(text, false);
  const masked = withSpansMasked(start, spans, certain);
  return { masked, certain: masked.byteLength };
}
