/**
 * What a body view shows, computed from bytes alone (no DOM, no React), so it runs in the body worker:
 * decoding, pretty-printing and hex dumps of a 25 MB body never hold the page's main thread.
 */
import { formatBytes } from '../../components/format';
import { utf8Lossy } from './body-bytes';
import { HEX_DUMP_LIMIT_BYTES, presentBody, type BodyViewId } from './body-presentation';
import { hexDump } from './hex-dump';
import { jsonParseError, reindentJson } from './pretty-json';

export interface RenderedView {
  value: string;
  language: 'json' | 'plaintext';
  note?: string;
  noteIsError?: boolean;
}

export interface RenderedBody {
  view: BodyViewId;
  /** The views the user can switch to; empty while only the start of the body is in. */
  views: BodyViewId[];
  /** The whole body as text when it is valid UTF-8 (what Copy body copies); null for binary or a partial body. */
  text: string | null;
  rendered: RenderedView;
}

/** The start of a body shown at once, as text: a multi-byte character cut at the end waits for the rest. */
export function renderHead(head: Uint8Array, size: number): RenderedBody {
  const value = new TextDecoder('utf-8', { ignoreBOM: true }).decode(head, { stream: true });
  return {
    view: 'raw',
    views: [],
    text: null,
    rendered: { value, language: 'plaintext', note: `Showing the first ${formatBytes(head.length)} of ${formatBytes(size)} while the rest loads…` },
  };
}

/** The whole body in the view asked for, or in the one it opens with. */
export function renderBody(bytes: Uint8Array, contentType: string | null, view?: BodyViewId): RenderedBody {
  const presentation = presentBody(bytes, contentType);
  const shown = view && presentation.views.includes(view) ? view : presentation.defaultView;
  return { view: shown, views: presentation.views, text: presentation.text, rendered: renderView(shown, bytes, presentation.text) };
}

function renderView(view: BodyViewId, bytes: Uint8Array, text: string | null): RenderedView {
  if (view === 'hex') {
    const truncated = bytes.length > HEX_DUMP_LIMIT_BYTES;
    return {
      value: hexDump(bytes, HEX_DUMP_LIMIT_BYTES),
      language: 'plaintext',
      note: truncated ? `Showing the first ${formatBytes(HEX_DUMP_LIMIT_BYTES)} of ${formatBytes(bytes.length)} as hex.` : undefined,
    };
  }
  const source = text ?? utf8Lossy(bytes);
  if (view === 'raw') {
    return {
      value: source,
      language: 'plaintext',
      note: text === null ? 'Not valid UTF-8: invalid bytes are shown as �. The Hex view shows them exactly.' : undefined,
    };
  }
  const error = jsonParseError(source);
  if (error) {
    return { value: source, language: 'plaintext', note: `This body is not valid JSON, so it is shown as received. ${error}`, noteIsError: true };
  }
  return { value: reindentJson(source), language: 'json' };
}
