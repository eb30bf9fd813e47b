import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface TargetReceiver {
  url: string;
  received: ReceivedRequest[];
  /** What the next requests are answered with. */
  answerWith(status: number, body: string): void;
  close(): Promise<void>;
}

/** The receiver under development, played by a tiny server on 127.0.0.1 that answers as told. */
export async function startTargetReceiver(): Promise<TargetReceiver> {
  let answer = { status: 200, body: '{"ok":true}' };
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.writeHead(answer.status, { 'Content-Type': 'application/json', 'X-Receiver': 'target' });
      res.end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    received,
    answerWith(status, body) {
      answer = { status, body };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
