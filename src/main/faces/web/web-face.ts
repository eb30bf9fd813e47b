/**
 * The web face of `hookbench serve`: the contract over HTTP + WebSocket on 127.0.0.1, plus the built
 * renderer. Wire protocol (src/renderer/src/api/web-bridge.ts speaks it):
 * - POST /api/call/:method, body {"args": [...]}, header `Authorization: Bearer <token>`
 *   → 200 {"result": …}, or {"failure": {"kind", "code", "message"}} (src/shared/errors.ts): 200 when the core
 *   answers no in words (refused, not-found, conflict: a user's mistake is an answer, not a failed request),
 *   404 for an unknown method, 400 for a malformed call, 500 when the core failed. Every other /api answer that
 *   is not a result (a missing token, no such route) is a failure envelope too.
 * - GET /api/body/:id/:part with an optional `Range: bytes=…` → the body's bytes (see body-route.ts); getBodyBytes
 *   is answered only there, since JSON would carry its bytes as a list of numbers
 * - WebSocket /api/events?token=<token> → {"name", "payload"} for every contract event; the current
 *   receiver state and counts are sent on connect, so a reconnecting UI catches up.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response } from 'express';
import { WebSocketServer, type WebSocket } from 'ws';
import { RAW_BYTES_METHOD, type ContractEventName, type ContractEvents } from '@shared/contract';
import type { AppCore } from '../../core/app-core';
import { FAILURE } from '@shared/errors';
import { dispatchContractCall } from '../contract-dispatch';
import { GITLAB_BODY_LIMIT_BYTES } from '@shared/settings';
import { readRendererFile } from '../renderer-files';
import { RENDERER_RESPONSE_HEADERS } from '../security';
import { BODY_ROUTE, bodyRoute } from './body-route';
import { failureStatus, sendFailure } from './failure-answers';
import { uiUrl } from './ui-token';
import { apiRefusal, bearerToken, createToken, isAllowedHost } from './web-guards';

export const DEFAULT_UI_PORT = 7474;
const EVENTS_PATH = '/api/events';
/**
 * A call carries at most a 25 MB payload (the receiver's and GitLab's limit) as a JSON string, where escaping
 * can double it (every " or \ or line break takes two characters), plus the rest of the request: 51 MiB.
 */
const MAX_CALL_BODY = 2 * GITLAB_BODY_LIMIT_BYTES + 1024 * 1024;

export interface WebFaceOptions {
  core: Pick<AppCore, 'handlers' | 'subscribe'>;
  /** 0 picks a free port. */
  port: number;
  rendererDir: string;
  /** The data folder's kept token (see ui-token.ts) or a fixed one in tests; otherwise a fresh random token. */
  token?: string;
}

export interface WebFace {
  readonly port: number;
  readonly token: string;
  /** The URL to open: it carries the token, which the UI then moves out of the address bar. */
  readonly url: string;
  close(): Promise<void>;
}

export class UiPortError extends Error {
  constructor(port: number, code: string | undefined) {
    super(
      code === 'EADDRINUSE'
        ? `UI port ${port} is in use by another program. Run with --ui-port ${port + 1}.`
        : `The UI could not listen on 127.0.0.1:${port} (${code ?? 'unknown error'}). Run with another --ui-port.`,
    );
    this.name = 'UiPortError';
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(new UiPortError(port, error.code));
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as { port: number }).port);
    });
  });
}

function createApp(options: WebFaceOptions, token: string, port: () => number): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isAllowedHost(req.headers.host, port())) return next();
    res.status(403).type('text/plain').send(`Refused: "${req.headers.host ?? ''}" is not a name of this Hookbench UI.\n`);
  });

  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    res.set('Cache-Control', 'no-store');
    const refusal = apiRefusal(req.headers, bearerToken(req.headers), token, port());
    if (refusal) return void sendFailure(res, 403, FAILURE.uiAccess, refusal);
    next();
  });

  app.get(BODY_ROUTE, bodyRoute(options.core.handlers));

  app.post('/api/call/:method', express.json({ limit: MAX_CALL_BODY }), async (req: Request, res: Response) => {
    if (req.params.method === RAW_BYTES_METHOD) {
      return sendFailure(res, 400, FAILURE.noRoute, `${RAW_BYTES_METHOD} answers bytes: GET /api/body/<id>/<part>, with Range: bytes=<start>-<end> for a slice.`);
    }
    const outcome = await dispatchContractCall(options.core.handlers, req.params.method, (req.body as { args?: unknown } | undefined)?.args ?? []);
    if (outcome.ok) res.json({ result: outcome.result });
    else res.status(failureStatus(outcome.failure)).json({ failure: outcome.failure });
  });

  app.all('/api/{*rest}', (req: Request, res: Response) => {
    sendFailure(res, 404, FAILURE.noRoute, `No API route ${req.method} ${req.path}. Calls are POST /api/call/<method>.`);
  });

  app.get('/{*path}', async (req: Request, res: Response) => {
    const file = await readRendererFile(options.rendererDir, req.path);
    if (!file) {
      const notBuilt = req.path === '/';
      res.status(404).type('text/plain').send(notBuilt ? 'The UI is not built yet: run `npm run build`, then restart.\n' : 'Not found\n');
      return;
    }
    res.set({ ...RENDERER_RESPONSE_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' }).send(file.body);
  });

  const jsonErrors: ErrorRequestHandler = (error: { status?: number; message?: string }, _req, res, _next) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 400) return sendFailure(res, 400, FAILURE.badBody, `The request body is not valid JSON: ${error.message}`);
    if (status < 500) return sendFailure(res, status, FAILURE.badBody, error.message ?? `The request was refused (${status}).`);
    sendFailure(res, 500, FAILURE.unexpected, error.message ?? 'The web face failed.');
  };
  app.use(jsonErrors);
  return app;
}

function refuseUpgrade(socket: Duplex, status: string, message: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
}

/**
 * Sends every contract event to every connected UI; one core subscription whatever the number of tabs, held only
 * while a tab is connected: a subscriber makes the core read each new delivery's row to announce it.
 */
function createEventHub(core: WebFaceOptions['core']) {
  const sockets = new WebSocketServer({ noServer: true });
  const send = <E extends ContractEventName>(client: WebSocket, name: E, payload: ContractEvents[E]) =>
    client.send(JSON.stringify({ name, payload }));
  let unsubscribe: (() => void) | null = null;

  sockets.on('connection', async (client: WebSocket) => {
    unsubscribe ??= core.subscribe((name, payload) => {
      const message = JSON.stringify({ name, payload });
      for (const each of sockets.clients) if (each.readyState === each.OPEN) each.send(message);
    });
    // The server forgets a closed client before this runs.
    client.on('close', () => {
      if (sockets.clients.size > 0) return;
      unsubscribe?.();
      unsubscribe = null;
    });
    try {
      const [receiverState, counts] = await Promise.all([core.handlers.getReceiverState(), core.handlers.getCounts()]);
      send(client, 'receiverState', receiverState);
      send(client, 'deliveriesChanged', { rows: [], ids: [], more: true, removed: false, counts });
    } catch {
      // The UI still gets later events; its own first calls report what is wrong.
    }
  });

  return {
    sockets,
    close() {
      unsubscribe?.();
      unsubscribe = null;
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

export async function startWebFace(options: WebFaceOptions): Promise<WebFace> {
  const token = options.token ?? createToken();
  let boundPort = options.port;
  const server = createServer(createApp(options, token, () => boundPort));
  const hub = createEventHub(options.core);

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== EVENTS_PATH) return refuseUpgrade(socket, '404 Not Found', `No WebSocket at ${url.pathname}; use ${EVENTS_PATH}.`);
    const refusal = apiRefusal(req.headers, url.searchParams.get('token'), token, boundPort);
    if (refusal) return refuseUpgrade(socket, '403 Forbidden', refusal);
    hub.sockets.handleUpgrade(req, socket, head, (client) => hub.sockets.emit('connection', client, req));
  });

  try {
    boundPort = await listen(server, options.port);
  } catch (error) {
    hub.close();
    throw error;
  }

  return {
    port: boundPort,
    token,
    url: uiUrl(boundPort, token),
    close: () =>
      new Promise<void>((resolve) => {
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
