import { createServer, type Server } from 'node:net';
import { afterEach } from 'vitest';

export interface RawCaptureServer {
  port: number;
  /** The bytes of the first request, exactly as they came over the socket (head and Content-Length body). */
  request: Promise<Buffer>;
}

/** The whole request once its head and declared body have arrived. */
function completeRequest(bytes: Buffer): Buffer | null {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd === -1) return null;
  const length = Number(/\r\ncontent-length: *(\d+)/i.exec(bytes.subarray(0, headEnd).toString('latin1'))?.[1] ?? 0);
  return bytes.byteLength >= headEnd + 4 + length ? bytes.subarray(0, headEnd + 4 + length) : null;
}

/** A bare TCP server on 127.0.0.1 (no HTTP parser to normalise anything) that keeps one request's bytes and answers 204. */
export function useRawCaptureServers(): () => Promise<RawCaptureServer> {
  const open = new Set<Server>();
  afterEach(async () => {
    for (const server of open) await new Promise((resolve) => server.close(resolve));
    open.clear();
  });
  return () =>
    new Promise((resolveServer) => {
      let keep: (bytes: Buffer) => void = () => {};
      const request = new Promise<Buffer>((resolve) => (keep = resolve));
      const server = createServer((socket) => {
        let received = Buffer.alloc(0);
        socket.on('data', (chunk) => {
          received = Buffer.concat([received, chunk]);
          const complete = completeRequest(received);
          if (!complete) return;
          keep(complete);
          socket.end('HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n');
        });
      });
      open.add(server);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        resolveServer({ port: typeof address === 'object' && address ? address.port : 0, request });
      });
    });
}
