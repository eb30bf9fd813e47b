const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A body as text when it is valid UTF-8 (so it round-trips byte for byte), otherwise as base64. */
export function encodeBody(bytes: Uint8Array): { text: string; encoding?: 'base64' } {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), encoding: 'base64' };
  }
}
