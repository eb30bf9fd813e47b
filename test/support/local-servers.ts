import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';

/** What a local receiver saw of one request, straight from node's raw view. */
export interface SeenRequest {
  method: string;
  url: string;
  rawHeaders: string[];
  body: Buffer;
}

/** How the receiver answers once the whole body has arrived. */
export type Behaviour =
  | { status: number; body?: string; headers?: Array<[string, string]> }
  | 'hang'
  | 'reset'
  | 'close'
  | 'partial';

export interface LocalServer {
  url: string;
  port: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

function answer(req: IncomingMessage, res: ServerResponse, behaviour: Behaviour): void {
  if (behaviour === 'hang') return;
  if (behaviour === 'reset') {
    // An RST, as a crashed or firewalled receiver gives.
    (req.socket as Socket).resetAndDestroy();
    return;
  }
  if (behaviour === 'close') {
    // A clean FIN with no answer, as a receiver that drops unwanted requests gives.
    req.socket.end();
    return;
  }
  if (behaviour === 'partial') {
    // Headers and part of the promised body, then an RST: a receiver dying mid-answer.
    res.writeHead(200, ['Content-Length', '100']);
    res.write('only ten b', () => (req.socket as Socket).resetAndDestroy());
    return;
  }
  res.writeHead(behaviour.status, (behaviour.headers ?? []).flat());
  res.end(behaviour.body ?? '');
}

function serve(server: Server, scheme: 'http' | 'https', behaviour: Behaviour): Promise<LocalServer> {
  const seen: SeenRequest[] = [];
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body: Buffer.concat(chunks) });
      answer(req, res, behaviour);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `${scheme}://127.0.0.1:${port}`,
        port,
        seen,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Hanging exchanges would otherwise keep the server open past the test.
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A plain HTTP receiver on an ephemeral 127.0.0.1 port that records every request and answers as told. */
export function startReceiver(behaviour: Behaviour): Promise<LocalServer> {
  return serve(createServer(), 'http', behaviour);
}

export function startTlsReceiver(credentials: { key: Buffer; cert: Buffer }, behaviour: Behaviour): Promise<LocalServer> {
  return serve(createTlsServer(credentials), 'https', behaviour);
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = await startReceiver({ status: 200 });
  await server.close();
  return server.port;
}

/**
 * A throwaway self-signed certificate for 127.0.0.1, or why one could not be made: node:crypto makes keys
 * but not X.509 certificates, so this needs the openssl command.
 */
export function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } | { unavailable: string } {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile,
    ], { stdio: 'pipe' });
  } catch (error) {
    return { unavailable: `openssl could not make a certificate: ${(error as Error).message}` };
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}
