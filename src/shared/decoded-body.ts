/** Decoded views of a request: its query string, a form body, a multipart body, as name/value rows. Shown only, never stored. */
export type DecodedRow = readonly [name: string, value: string];

export function queryRows(url: string): DecodedRow[] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1).split('#')[0] : '';
  return query ? [...new URLSearchParams(query)] : [];
}

/** `payload=` JSON (GitHub-style form hooks and Slack) is shown pretty-printed; any other value as sent. */
export function formRows(body: string): DecodedRow[] {
  return [...new URLSearchParams(body)].map(([name, value]) => [name, name === 'payload' ? prettyJson(value) : value]);
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let at = from; at <= haystack.length - needle.length; at++) {
    for (let i = 0; i < needle.length; i++) if (haystack[at + i] !== needle[i]) continue outer;
    return at;
  }
  return -1;
}

/**
 * multipart/form-data parts (RFC 7578): a field as its text, a file part as its file name, type, size and the hex of
 * its first 16 bytes. Null when the body does not split on the boundary (it is then shown as bytes only).
 */
export function multipartRows(body: Uint8Array, contentType: string): DecodedRow[] | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) return null;
  const encoder = new TextEncoder();
  const delimiter = encoder.encode(`--${boundary[1] ?? boundary[2]}`);
  const rows: DecodedRow[] = [];
  let at = indexOf(body, delimiter, 0);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) return rows; // the closing `--boundary--`
    const next = indexOf(body, delimiter, start);
    if (next === -1) return null;
    const part = body.subarray(start + 2, next - 2); // after the CRLF that ends the delimiter, before the one that starts the next
    const headEnd = indexOf(part, encoder.encode('\r\n\r\n'), 0);
    if (headEnd === -1) return null;
    const head = new TextDecoder().decode(part.subarray(0, headEnd));
    const content = part.subarray(headEnd + 4);
    const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '(no name)';
    const file = /filename="([^"]*)"/i.exec(head)?.[1];
    const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
    rows.push([
      name,
      file === undefined
        ? new TextDecoder().decode(content)
        : `file ${file}${type ? ` (${type})` : ''}, ${content.byteLength} bytes: ${hex(content.subarray(0, 16))}${content.byteLength > 16 ? ' …' : ''}`,
    ]);
    at = next;
  }
  return null;
}
