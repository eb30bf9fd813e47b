import { utf8OrNull } from './body-bytes';

export type BodyViewId = 'pretty' | 'raw' | 'hex';

/** Above this, pretty-printing is no longer instant: the body opens Raw and Pretty is one click away. */
export const PRETTY_INSTANT_LIMIT_BYTES = 2 * 1024 * 1024;
/** A hex dump is four times the body; past this, only the start is dumped. */
export const HEX_DUMP_LIMIT_BYTES = 1024 * 1024;

export interface BodyPresentation {
  /** The body as text when it is valid UTF-8; null for binary. */
  text: string | null;
  views: BodyViewId[];
  defaultView: BodyViewId;
}

function looksLikeJson(text: string, contentType: string | null): boolean {
  if (contentType && /\bjson\b/i.test(contentType)) return true;
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

export function presentBody(bytes: Uint8Array, contentType: string | null): BodyPresentation {
  const text = utf8OrNull(bytes);
  if (text === null) return { text, views: ['raw', 'hex'], defaultView: 'hex' };
  const json = looksLikeJson(text, contentType);
  const views: BodyViewId[] = json ? ['pretty', 'raw', 'hex'] : ['raw', 'hex'];
  const defaultView = json && bytes.length <= PRETTY_INSTANT_LIMIT_BYTES ? 'pretty' : 'raw';
  return { text, views, defaultView };
}
