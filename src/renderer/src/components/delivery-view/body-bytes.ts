/** A stored body's bytes as text: exact when they are UTF-8, lossy for the Raw view of binary. */

/** The text when the bytes are valid UTF-8, otherwise null (the body is shown as hex). */
export function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Text with U+FFFD for each invalid sequence, for the Raw view of a binary body. */
export function utf8Lossy(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
