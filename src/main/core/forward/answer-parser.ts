/**
 * The target's answer read straight off its socket (RFC 9112): status line, raw headers in order and case, and
 * the body framed by Content-Length, chunked coding or the connection's close. node's http client costs more
 * per forward than the capture it follows; the bytes it parses are few and their rules short.
 */

export interface AnswerHead {
  status: number;
  statusMessage: string;
  /** Name, value, name, value…: as the target wrote them. */
  rawHeaders: string[];
}

/** What one read of the socket gave: the head once it is whole, body bytes (de-chunked), and whether the answer ended. */
export interface AnswerPiece {
  head: AnswerHead | null;
  body: Buffer[];
  ended: boolean;
  /** The connection can carry the next forward: framed body, no `Connection: close`, nothing after the answer. */
  reusable: boolean;
}

/** The target wrote something that is not an HTTP/1.x answer. */
export class AnswerParseError extends Error {}

const MAX_HEAD_BYTES = 64 * 1024;
const CRLF = Buffer.from('\r\n');
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/;
const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;
/** A control character other than a tab or a line's CRLF: no field value or reason phrase may hold one (RFC 9110 §5.5), and node refuses to write it on. */
function holdsControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    else if ((code < 32 && code !== 9) || code === 127) return true;
  }
  return false;
}

type Framing = 'none' | 'length' | 'chunked' | 'close';
type State = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'until-close' | 'done';

/** The head's fields that frame the answer, gathered while it is read (names compared once, in lower case). */
interface FramingFields {
  connection: string[];
  transferEncoding: string[];
  contentLength: string[];
}

function gather(fields: FramingFields, name: string, value: string): void {
  // Only names of these lengths can be one of the three: most headers are never lower-cased.
  if (name.length !== 10 && name.length !== 14 && name.length !== 17) return;
  const lower = name.toLowerCase();
  if (lower === 'connection') fields.connection.push(value);
  else if (lower === 'content-length') fields.contentLength.push(value);
  else if (lower === 'transfer-encoding') fields.transferEncoding.push(value);
}

function parseHead(text: string): { head: AnswerHead; keepAlive: boolean; fields: FramingFields } {
  if (holdsControl(text)) throw new AnswerParseError('its head holds a control character');
  const lines = text.split('\r\n');
  const status = STATUS_LINE.exec(lines[0]);
  if (!status || status[2] < '100') throw new AnswerParseError(`its status line is ${JSON.stringify(lines[0].slice(0, 80))}`);
  const rawHeaders: string[] = [];
  const fields: FramingFields = { connection: [], transferEncoding: [], contentLength: [] };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    if (colon <= 0 || !TOKEN.test(name)) {
      if (line[0] !== ' ' && line[0] !== '\t') throw new AnswerParseError(`a header line is ${JSON.stringify(line.slice(0, 80))}`);
      // An obsolete folded line continues the header above it (RFC 9112 §5.2: replaced by a space).
      if (rawHeaders.length === 0) throw new AnswerParseError('its first header line is folded');
      rawHeaders[rawHeaders.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const value = line.slice(colon + 1).trim();
    rawHeaders.push(name, value);
    gather(fields, name, value);
  }
  const closes = fields.connection.some((value) => /(^|,)\s*close\s*(,|$)/i.test(value));
  return { head: { status: Number(status[2]), statusMessage: status[3] ?? '', rawHeaders }, keepAlive: status[1] === '1' && !closes, fields };
}

/** RFC 9112 §6.3: how the body after this head ends, and its length when it has one. */
function framingOf(status: number, fields: FramingFields, noBody: boolean): { framing: Framing; length: number } {
  if (noBody || status === 204 || status === 304 || status < 200) return { framing: 'none', length: 0 };
  if (fields.transferEncoding.length > 0) {
    const last = fields.transferEncoding.join(',').split(',').at(-1)?.trim().toLowerCase();
    return { framing: last === 'chunked' ? 'chunked' : 'close', length: 0 };
  }
  const lengths = [...new Set(fields.contentLength.flatMap((v) => v.split(',').map((part) => part.trim())))];
  if (lengths.length === 0) return { framing: 'close', length: 0 };
  if (lengths.length > 1 || !/^\d+$/.test(lengths[0])) throw new AnswerParseError(`its Content-Length is ${JSON.stringify(lengths.join(', '))}`);
  const length = Number(lengths[0]);
  return length === 0 ? { framing: 'none', length: 0 } : { framing: 'length', length };
}

export class AnswerParser {
  private state: State = 'head';
  /** Bytes of a head, chunk-size line or trailer not whole yet. */
  private pending: Buffer | null = null;
  private remaining = 0;
  private keepAlive = false;
  private extraBytes = false;

  /** `noBody`: the request was a HEAD, whose answer has headers only. */
  constructor(private readonly noBody: boolean) {}

  feed(data: Buffer): AnswerPiece {
    const piece: AnswerPiece = { head: null, body: [], ended: false, reusable: false };
    const buffer = this.pending ? Buffer.concat([this.pending, data]) : data;
    this.pending = null;
    let at = 0;
    while (at < buffer.length && this.state !== 'done') {
      if (this.state === 'length' || this.state === 'chunk-data' || this.state === 'until-close') {
        const taken = this.state === 'until-close' ? buffer.length - at : Math.min(this.remaining, buffer.length - at);
        piece.body.push(buffer.subarray(at, at + taken));
        at += taken;
        this.remaining -= taken;
        if (this.remaining === 0 && this.state !== 'until-close') this.state = this.state === 'length' ? 'done' : 'chunk-end';
        continue;
      }
      const lineEnd = buffer.indexOf(this.state === 'head' ? '\r\n\r\n' : CRLF, at);
      if (lineEnd < 0) {
        if (buffer.length - at > MAX_HEAD_BYTES) throw new AnswerParseError(`a head or chunk line runs past ${MAX_HEAD_BYTES} bytes`);
        this.pending = Buffer.from(buffer.subarray(at));
        break;
      }
      const line = buffer.toString('latin1', at, lineEnd);
      at = lineEnd + (this.state === 'head' ? 4 : 2);
      this.takeLine(line, piece);
    }
    if (this.state === 'done' && at < buffer.length) this.extraBytes = true;
    return this.settle(piece);
  }

  /** The target closed its side: an answer framed by the close ends here, any other is cut short. */
  closed(): AnswerPiece {
    if (this.state === 'until-close') this.state = 'done';
    if (this.state !== 'done') throw new AnswerParseError(this.state === 'head' ? 'closed before answering' : 'closed mid-answer');
    return this.settle({ head: null, body: [], ended: false, reusable: false });
  }

  /** True once the head has come: the sender has a status. */
  get started(): boolean {
    return this.state !== 'head';
  }

  private settle(piece: AnswerPiece): AnswerPiece {
    piece.ended = this.state === 'done';
    piece.reusable = piece.ended && this.keepAlive && !this.extraBytes;
    return piece;
  }

  private takeLine(line: string, piece: AnswerPiece): void {
    switch (this.state) {
      case 'head':
        return this.takeHead(line, piece);
      case 'chunk-size': {
        const size = line.split(';')[0].trim();
        if (!/^[0-9a-fA-F]{1,12}$/.test(size)) throw new AnswerParseError(`a chunk size is ${JSON.stringify(line.slice(0, 40))}`);
        this.remaining = parseInt(size, 16);
        this.state = this.remaining === 0 ? 'trailers' : 'chunk-data';
        return;
      }
      case 'chunk-end':
        if (line !== '') throw new AnswerParseError('a chunk runs past its size');
        this.state = 'chunk-size';
        return;
      case 'trailers':
        // Trailer fields are dropped, as node's client drops them from the sender's answer.
        if (line === '') this.state = 'done';
        return;
    }
  }

  private takeHead(text: string, piece: AnswerPiece): void {
    const { head, keepAlive, fields } = parseHead(text);
    // An interim answer (100 Continue, 103 Early Hints) is followed by the real one.
    if (head.status >= 100 && head.status < 200 && head.status !== 101) return;
    const { framing, length } = framingOf(head.status, fields, this.noBody);
    piece.head = head;
    this.keepAlive = keepAlive && framing !== 'close' && head.status !== 101;
    this.remaining = length;
    this.state = { none: 'done', length: 'length', chunked: 'chunk-size', close: 'until-close' }[framing] as State;
  }
}
