import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** One request as a fake server got it: the raw path and query, the headers and the body bytes. */
export interface FakeRequest {
  method: string;
  /** Path and query exactly as sent (not decoded). */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string | string[]>;
  body?: string;
}

export interface FakeServer {
  url: string;
  close(): Promise<void>;
}

/** A real node:http server on 127.0.0.1 answering each request through `answer`, closed after the test. */
export function useFakeServers(): (answer: (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>) => Promise<FakeServer> {
  const open = new Set<FakeServer>();
  afterEach(async () => {
    for (const server of open) await server.close();
    open.clear();
  });
  return (answer) =>
    new Promise((resolve) => {
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', async () => {
          const reply = await answer({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
          res.writeHead(reply.status, reply.headers ?? {});
          res.end(reply.body ?? '');
        });
      });
      server.listen(0, '127.0.0.1', () => {
        const fake: FakeServer = {
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          close: () =>
            new Promise<void>((done) => {
              open.delete(fake);
              server.close(() => done());
              server.closeAllConnections();
            }),
        };
        open.add(fake);
        resolve(fake);
      });
    });
}
