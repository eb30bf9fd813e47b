/**
 * Node's HTTP parser answers bytes it cannot parse itself (400, 431…) and closes the connection. When that
 * happens on a connection whose request Hookbench is still handling, the sender's answer is Node's, and the
 * delivery must say so; when Hookbench has already decided its answer, that answer goes first, then Node's.
 */
import type { Socket } from 'node:net';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { PreparedResponse } from './prepared-response';

/** Node's own answers (lib/_http_server.js), by parser error code. */
const NODE_STATUS: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

function nodeAnswer(error: NodeJS.ErrnoException): PreparedResponse {
  return { status: NODE_STATUS[error.code ?? ''] ?? 400, headers: ['Connection', 'close'], body: Buffer.alloc(0), bodyText: '', delayMs: 0 };
}

/** Writes a response as raw bytes on a socket that has no ServerResponse (CONNECT, or after a parse error), then closes it. */
export function writeRawAnswer(socket: Socket, response: PreparedResponse): void {
  if (!socket.writable) return;
  const lines = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`];
  for (let i = 0; i + 1 < response.headers.length; i += 2) lines.push(`${response.headers[i]}: ${response.headers[i + 1]}`);
  socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), response.body]));
}

interface Exchange {
  res: ServerResponse;
  /** Set once the record is built: from then on the answer is Hookbench's own. */
  decided: boolean;
  /** Node's answer, when the parser failed before the answer was decided. */
  rejected: PreparedResponse | null;
}

/** One small object per request and no listeners: this runs on the capture path. */
export class ParserRejections {
  private readonly exchanges = new WeakMap<Socket, Exchange>();

  /** A request arrived on this socket (a kept-alive socket's earlier exchange is over by then). */
  begin(socket: Socket, res: ServerResponse): void {
    this.exchanges.set(socket, { res, decided: false, rejected: null });
  }

  /** Called as the record is built: Node's answer when the parser already gave one, else null (Hookbench answers). */
  decide(socket: Socket): PreparedResponse | null {
    const exchange = this.exchanges.get(socket);
    if (!exchange) return null;
    exchange.decided = true;
    return exchange.rejected;
  }

  /** The server's 'clientError': answer as Node does, but never over or instead of an answer already decided. */
  onClientError(error: NodeJS.ErrnoException, socket: Socket): void {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const answer = nodeAnswer(error);
    const exchange = this.exchanges.get(socket);
    if (exchange?.decided && !exchange.res.writableFinished) {
      let sent = false;
      const afterAnswer = () => {
        if (sent) return;
        sent = true;
        writeRawAnswer(socket, answer);
      };
      exchange.res.once('finish', afterAnswer);
      exchange.res.once('close', afterAnswer);
      return;
    }
    if (exchange && !exchange.decided) exchange.rejected ??= answer;
    writeRawAnswer(socket, answer);
  }
}
