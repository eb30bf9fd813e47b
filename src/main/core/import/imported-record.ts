import type { DeliveryRecord } from '../store/delivery-record';

/** One entry of an import file: the delivery it becomes, or why it was skipped. */
export type ImportedEntry = { record: DeliveryRecord } | { skipped: string };

/** The bytes of a body as a file writes them: text (UTF-8), or base64 when `encoding` says so. */
export function bodyBytes(text: unknown, encoding: unknown): Uint8Array | null {
  if (typeof text !== 'string') return null;
  return encoding === 'base64' ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
}

/** "HTTP/1.1", "http/2.0", "h2" → the version as Hookbench stores it ("1.1", "2.0"). */
export function httpVersionOf(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  if (/^h2$/i.test(text)) return '2.0';
  if (/^h3$/i.test(text)) return '3.0';
  return /^http\/(\d(?:\.\d)?)$/i.exec(text)?.[1] ?? '1.1';
}

/** The path and query of an absolute URL, for deliveries the receiver captured (it stores no origin). */
export function pathOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(.*)$/i.exec(url);
  return match ? match[1] || '/' : url;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
