/**
 * What a body view shows, computed from bytes alone (no DOM, no React), so it runs in the body worker:
 * decoding, pretty-printing and hex dumps of a 25 MB body never hold the page's main thread.
 */
import { formatBytes } from '../format';
import { utf8Lossy } from './body-bytes';
import { HEX_DUMP_LIMIT_BYTES, PRETTY_INSTANT_LIMIT_BYTES, presentBody, type BodyPresentation, type BodyViewId } from './body-presentation';
import { hexDump } from './hex-dump';
import { jsonParseError, reindentJson } from './pretty-json';

export interface RenderedView {
  value: string;
  language: 'json' | 'plaintext';
  /** False for a hex dump and for JSON broken into lines; raw text wraps. */
  wrap: boolean;
  note?: string;
  noteIsError?: boolean;
}

/**
 * Monaco lays out (wraps, measures) a whole line in one pass on the main thread, again at every chunk added
 * to it: a 25 MB one-line JSON body would hold the window for seconds, and 1 MB still took tasks of 150 ms
 * (under load) as it streamed in. Raw shows text up to this length.
 */
export const RAW_SHOWN_LIMIT_CHARS = 256 * 1024;
const LARGE_PRETTY_NOTE = `Indented without colours, bracket matching or folding, as a body over ${formatBytes(PRETTY_INSTANT_LIMIT_BYTES)} would hold the window with them.`;

export interface RenderedBody {
  view: BodyViewId;
  /** The views the user can switch to; empty while only the start of the body is in. */
  views: BodyViewId[];
  /** Not valid UTF-8. */
  binary: boolean;
  /**
   * The body's text when the view shows something else (Pretty, Hex); undefined when the view's value is
   * the text itself, so a 25 MB body crosses from the worker once, not twice.
   */
  wholeText?: string;
  rendered: RenderedView;
}

/** The body from the pieces it arrived in (its start, then the rest). */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** What Copy body copies: the text, or for binary bodies what the view shows. */
export function copyText(body: RenderedBody): string {
  return body.wholeText ?? body.rendered.value;
}

/** The start of a body shown at once, as text: a multi-byte character cut at the end waits for the rest. */
export function renderHead(head: Uint8Array, size: number): RenderedBody {
  const value = new TextDecoder('utf-8', { ignoreBOM: true }).decode(head, { stream: true });
  return {
    view: 'raw',
    views: [],
    binary: false,
    rendered: { value, language: 'plaintext', wrap: true, note: `Showing the first ${formatBytes(head.length)} of ${formatBytes(size)} while the rest loads…` },
  };
}

/** The whole body in the view asked for, or in the one it opens with. */
export function renderBody(bytes: Uint8Array, contentType: string | null, view?: BodyViewId): RenderedBody {
  const presentation = presentBody(bytes, contentType);
  const shown = view && presentation.views.includes(view) ? view : presentation.defaultView;
  const rendered = renderView(shown, bytes, presentation);
  const wholeText = presentation.text === null || presentation.text === rendered.value ? undefined : presentation.text;
  return { view: shown, views: presentation.views, binary: presentation.text === null, wholeText, rendered };
}

function renderView(view: BodyViewId, bytes: Uint8Array, presentation: BodyPresentation): RenderedView {
  if (view === 'hex') {
    const truncated = bytes.length > HEX_DUMP_LIMIT_BYTES;
    return {
      value: hexDump(bytes, HEX_DUMP_LIMIT_BYTES),
      language: 'plaintext',
      wrap: false,
      note: truncated ? `Showing the first ${formatBytes(HEX_DUMP_LIMIT_BYTES)} of ${formatBytes(bytes.length)} as hex.` : undefined,
    };
  }
  const { text } = presentation;
  const source = text ?? utf8Lossy(bytes);
  if (view === 'raw') {
    const note = text === null ? 'Not valid UTF-8: invalid bytes are shown as �. The Hex view shows them exactly.' : undefined;
    return rawView(source, bytes.length, presentation, note);
  }
  const error = jsonParseError(source);
  if (error) return rawView(source, bytes.length, presentation, `This body is not valid JSON, so it is shown as received. ${error}`, true);
  if (source.length <= PRETTY_INSTANT_LIMIT_BYTES) return { value: reindentJson(source), language: 'json', wrap: false };
  // The editor's JSON colouring, bracket matching and folding run on the window's thread, again as each chunk goes in.
  return { value: reindentJson(source), language: 'plaintext', wrap: false, note: LARGE_PRETTY_NOTE };
}

function rawView(source: string, size: number, presentation: BodyPresentation, note?: string, noteIsError = false): RenderedView {
  const notes = note ? [note] : [];
  const cut = source.length > RAW_SHOWN_LIMIT_CHARS;
  if (cut) {
    const pretty = presentation.views.includes('pretty') && presentation.text !== null && !noteIsError ? ', and Pretty shows all of it line by line' : '';
    notes.push(`Showing the first ${formatBytes(RAW_SHOWN_LIMIT_CHARS)} of ${formatBytes(size)} as raw text, so the window stays responsive; Copy body copies all of it${pretty}.`);
  }
  return {
    value: cut ? source.slice(0, RAW_SHOWN_LIMIT_CHARS) : source,
    language: 'plaintext',
    wrap: true,
    note: notes.length ? notes.join(' ') : undefined,
    noteIsError,
  };
}
