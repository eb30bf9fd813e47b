/** The body as text when it is UTF-8 a command line or an editor can carry (no NUL, no control bytes but tab, CR, LF). */
export function bodyText(body: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? null : text;
}

export function bodyBase64(body: Uint8Array): string {
  let binary = '';
  for (const byte of body) binary += String.fromCharCode(byte);
  return btoa(binary);
}
