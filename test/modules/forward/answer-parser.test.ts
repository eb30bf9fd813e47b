import { describe, expect, it } from 'vitest';
import { AnswerParser, type AnswerHead, type AnswerPiece } from '../../../src/main/core/forward/answer-parser';

interface Read {
  head: AnswerHead | null;
  body: string;
  ended: boolean;
  reusable: boolean;
}

/** Feeds the bytes in pieces of `step` (1 = byte by byte), then the close if asked: what the forwarder would have seen. */
function read(wire: string, { step = wire.length, head = false, close = false } = {}): Read {
  const parser = new AnswerParser(head);
  const seen: Read = { head: null, body: '', ended: false, reusable: false };
  const take = (piece: AnswerPiece) => {
    seen.head ??= piece.head;
    seen.body += Buffer.concat(piece.body).toString('latin1');
    seen.ended ||= piece.ended;
    seen.reusable = piece.reusable;
  };
  const bytes = Buffer.from(wire, 'latin1');
  for (let at = 0; at < bytes.length; at += step) take(parser.feed(bytes.subarray(at, at + step)));
  if (close) take(parser.closed());
  return seen;
}

const steps = [1, 3, 7, 1000];

describe('the target answer parser', () => {
  it('reads a Content-Length answer with its headers in order and case, whatever the reads split', () => {
    for (const step of steps) {
      expect(read('HTTP/1.1 201 Created\r\nX-One: a\r\nx-one:  b \r\nContent-Length: 5\r\n\r\nhello', { step })).toEqual({
        head: { status: 201, statusMessage: 'Created', rawHeaders: ['X-One', 'a', 'x-one', 'b', 'Content-Length', '5'] },
        body: 'hello',
        ended: true,
        reusable: true,
      });
    }
  });

  it('de-chunks a chunked answer with extensions and trailers, whatever the reads split', () => {
    const wire = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\nA\r\n, 0123456\n\r\n0\r\nX-Trailer: t\r\n\r\n';
    for (const step of steps) expect(read(wire, { step })).toMatchObject({ body: 'hello, 0123456\n', ended: true, reusable: true });
  });

  it('waits for the whole body and is not done before it', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf')).toMatchObject({ body: 'half', ended: false });
  });

  it('skips interim answers (100 Continue, 103 Early Hints) and reads the final one', () => {
    const wire = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok';
    for (const step of steps) expect(read(wire, { step })).toMatchObject({ head: { status: 202 }, body: 'ok', ended: true });
  });

  it('reads no body after a HEAD, a 204 or a 304, even with a Content-Length', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n', { head: true })).toMatchObject({ body: '', ended: true, reusable: true });
    expect(read('HTTP/1.1 204 No Content\r\n\r\n')).toMatchObject({ ended: true, reusable: true });
    expect(read('HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n')).toMatchObject({ ended: true });
  });

  it('reads an unframed answer until the target closes, and does not reuse that connection', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end')).toMatchObject({ ended: false });
    expect(read('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end', { close: true })).toMatchObject({ body: 'until the end', ended: true, reusable: false });
  });

  it('does not reuse a connection the target closes, an HTTP/1.0 one, or one with bytes after the answer', () => {
    expect(read('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')).toMatchObject({ ended: true, reusable: false });
    expect(read('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n')).toMatchObject({ ended: true, reusable: false });
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA')).toMatchObject({ body: 'ok', ended: true, reusable: false });
  });

  it('joins an obsolete folded header line to the header above it', () => {
    expect(read('HTTP/1.1 200 OK\r\nX-Long: one\r\n  two\r\nContent-Length: 0\r\n\r\n').head?.rawHeaders).toEqual(['X-Long', 'one two', 'Content-Length', '0']);
  });

  it('refuses what is not HTTP, in words', () => {
    expect(() => read('SSH-2.0-OpenSSH_9.6\r\n\r\n')).toThrow('its status line is "SSH-2.0-OpenSSH_9.6"');
    expect(() => read('HTTP/1.1 042 Odd\r\n\r\n')).toThrow('its status line is "HTTP/1.1 042 Odd"');
    expect(() => read('HTTP/1.1 200 OK\r\nno colon here\r\n\r\n')).toThrow('a header line is "no colon here"');
    expect(() => read('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n')).toThrow('its Content-Length is "2, 3"');
    expect(() => read('HTTP/1.1 200 OK\r\nX-Bad: a\u0000b\r\n\r\n')).toThrow('its head holds a control character');
    expect(() => read('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')).toThrow('a chunk size is "zz"');
    expect(() => read(`HTTP/1.1 200 OK\r\nX-Huge: ${'a'.repeat(70_000)}`)).toThrow('runs past 65536 bytes');
  });

  it('says a close before the head or mid-body cuts the answer short', () => {
    expect(() => read('', { close: true })).toThrow('closed before answering');
    expect(() => read('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf', { close: true })).toThrow('closed mid-answer');
  });
});
