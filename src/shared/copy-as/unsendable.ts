import type { RawHeaders } from '../delivery';

/** Set by the client library itself from the URL and the body: a copy cannot choose them. */
const LIBRARY_OWNED = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);

/** Names a browser's fetch refuses to set (the Fetch standard's forbidden request headers). */
export const BROWSER_FORBIDDEN = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method', 'cookie',
  'date', 'dnt', 'expect', 'keep-alive', 'origin', 'referer', 'te', 'trailer', 'upgrade', 'via',
]);

export interface HeaderSplit {
  sent: RawHeaders;
  /** Each header left out, with why, for the copy's comment. */
  left: string[];
}

/**
 * The headers a library form can send: one per name (a dictionary keeps one), none it sets itself.
 * `alsoRefused` adds names the form's runtime refuses.
 */
export function splitHeaders(headers: RawHeaders, alsoRefused: ReadonlySet<string> = new Set()): HeaderSplit {
  const seen = new Set<string>();
  const sent: RawHeaders = [];
  const left: string[] = [];
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (LIBRARY_OWNED.has(lower)) left.push(`${name}: ${value} (set by the library)`);
    else if (seen.has(lower)) left.push(`${name}: ${value} (a second ${name}: one value per name)`);
    else if (alsoRefused.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) left.push(`${name}: ${value} (refused by browsers)`);
    else {
      seen.add(lower);
      sent.push([name, value]);
    }
  }
  return { sent, left };
}

/** A `.` or `..` segment, which URL parsers (WHATWG, urllib3) resolve before sending. */
const DOT_SEGMENT = /^[a-z]+:\/\/[^/]*[^?#]*\/\.\.?(?:[/?#]|$)/i;

/**
 * The comment lines naming what a copy leaves out or changes, with the given comment marker. `resolvedUrl` is the
 * URL when the form's library resolves dot segments in it, null when the form sends the path as is.
 */
export function leftOutComment(marker: string, left: string[], masked: boolean, maskedWarning: string, resolvedUrl: string | null): string[] {
  const lines = masked ? [`${marker} ${maskedWarning}`] : [];
  if (resolvedUrl !== null && DOT_SEGMENT.test(resolvedUrl)) lines.push(`${marker} The path's . and .. segments are resolved before sending; curl sends the path as stored.`);
  if (left.length > 0) lines.push(`${marker} Not sent by this form (curl sends them all):`, ...left.map((line) => `${marker}   ${line}`));
  return lines;
}
