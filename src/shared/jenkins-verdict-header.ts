/**
 * The answer header in which Hookbench's Jenkins mock says what the plugin would have done. Header values are
 * Latin-1 on the wire: anything else (a branch named in Unicode) is percent-encoded, and decoded when shown.
 */
import type { RawHeaders } from './delivery';

export const VERDICT_HEADER = 'X-Hookbench-Verdict';

export const verdictHeaderValue = (words: string) => words.replace(/[^\x20-\x7e]|%/g, (char) => encodeURIComponent(char));

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
