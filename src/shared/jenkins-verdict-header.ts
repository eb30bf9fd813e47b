/**
 * The answer header in which Hookbench's Jenkins mock says what the plugin would have done. Header values are
 * Latin-1 on the wire: anything else (a branch named in Unicode) is percent-encoded, and decoded when shown.
 */
import type { RawHeaders } from './delivery';

export const VERDICT_HEADER = 'X-Hookbench-Verdict';

/** Far above any verdict's words; a kilobyte-long ref quoted in them must not make an answer header clients refuse. */
export const MAX_VERDICT_CHARS = 2_000;
const CUT = ' [cut]';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encodedChar = (char: string) => (/^[\x20-\x7e]$/.test(char) && char !== '%' ? char : encodeURIComponent(char));

export function verdictHeaderValue(words: string): string {
  let value = '';
  // Character by character, so a cut never splits a character's escapes and the value still decodes.
  // A lone surrogate (from a JSON escape such as \ud800) has no UTF-8 form to escape: it shows as U+FFFD.
  for (const char of words.replace(LONE_SURROGATE, '\uFFFD')) {
    const next = encodedChar(char);
    if (value.length + next.length > MAX_VERDICT_CHARS - CUT.length) return `${value}${CUT}`;
    value += next;
  }
  return value;
}

/** The mock's verdict among an answer's headers, decoded; null when the answer did not come from the mock. */
export function verdictInHeaders(headers: RawHeaders | null): string | null {
  const found = headers?.find(([name]) => name.toLowerCase() === VERDICT_HEADER.toLowerCase());
  if (!found) return null;
  try {
    return decodeURIComponent(found[1]);
  } catch {
    return found[1];
  }
}
