import type { RawHeaders } from '@shared/delivery';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One HAR header; `_base64` holds the value's bytes when they are not plain ASCII, so nothing is lost. */
export interface HarHeader {
  name: string;
  value: string;
  _base64?: string;
}

/**
 * Node reads header bytes as Latin-1, one character per byte. A value whose bytes are UTF-8 (as most
 * senders mean them) is shown decoded; any other value stays as read. Either way the bytes travel beside it.
 */
function harHeader(name: string, value: string): HarHeader {
  // eslint-disable-next-line no-control-regex -- the byte ranges are the point: ASCII is shown as it is.
  if (/^[\x00-\x7f]*$/.test(value)) return { name, value };
  // A character beyond one byte means the value was never read off a socket (an outbound header we set): it is text.
  // eslint-disable-next-line no-control-regex -- as above
  if (/[^\x00-\xff]/.test(value)) return { name, value };
  const bytes = Buffer.from(value, 'latin1');
  let shown = value;
  try {
    shown = strictUtf8.decode(bytes);
  } catch {
    // Not UTF-8: the Latin-1 reading is as good a guess as any, and the bytes say what was sent.
  }
  return { name, value: shown, _base64: bytes.toString('base64') };
}

export function harHeaders(headers: RawHeaders | null): HarHeader[] {
  return (headers ?? []).map(([name, value]) => harHeader(name, value));
}
