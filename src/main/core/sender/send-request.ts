import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { RawHeaders } from '@shared/delivery';
import { GITLAB_BODY_LIMIT_BYTES } from '@shared/settings';
import { parseHttpUrl } from './http-url';
import { GITLAB_TIMEOUT_MS } from '@shared/gitlab-verdict';
import { describeTransportError, timeoutFailure, type TransportFailure } from './transport-error';

/**
 * Headers that belong to this connection rather than to the delivery: sendRequest writes its own, so a
 * replayed capture's Host or chunked framing cannot contradict the target or the body actually sent.
 */
const TRANSPORT_HEADERS = new Set([
  'host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'te', 'trailer', 'upgrade',
  'proxy-connection',
]);

export const isTransportHeader = (name: string) => TRANSPORT_HEADERS.has(name.toLowerCase());

/**
 * GitLab keeps 8 KB of a response for its UI; a workbench is where the whole answer is wanted, up to the
 * same 25 MB GitLab allows a request body. Past that the rest is read and dropped.
 */
export const RESPONSE_BODY_KEEP_BYTES = GITLAB_BODY_LIMIT_BYTES;

export interface SendRequestInput {
  method?: string;
  /** Without user:pass@ (see splitUserInfo): credentials go in an Authorization header. */
  url: string;
  headers: ReadonlyArray<readonly [string, string]>;
  body: Uint8Array;
  timeoutMs?: number;
  verifyTls?: boolean;
}

/** What every send reports, answered or not. */
interface Exchange {
  /** Epoch milliseconds when the send began. */
  startedAt: number;
  /** The headers exactly as written on the wire: the given ones in order, then Host, Content-Length, Connection. */
  requestHeaders: RawHeaders;
  remoteAddress: string | null;
  durationMs: number;
}

export interface Answered extends Exchange {
  status: number;
  responseHeaders: RawHeaders;
  responseBody: Uint8Array;
}

export type Unanswered = Exchange & TransportFailure;

export type SendResult = Answered | Unanswered;

export const isAnswered = (result: SendResult): result is Answered => 'status' in result;

function pairs(flat: string[]): RawHeaders {
  const out: RawHeaders = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}

/** The headers exactly as sendRequest writes them: the given ones in order (less transport ones), then its own. */
export function wireHeaders(url: URL, headers: SendRequestInput['headers'], bodyLength: number): RawHeaders {
  const out: RawHeaders = headers.filter(([name]) => !isTransportHeader(name)).map(([name, value]): [string, string] => [name, value]);
  out.push(
    ['Host', url.host],
    ['Content-Length', String(bodyLength)],
    // Net::HTTP outside a started session asks for close; a fresh connection also keeps timings honest.
    ['Connection', 'close'],
  );
  return out;
}

/**
 * One request on a fresh connection, the way GitLab's Net::HTTP makes it: headers given as a raw list so
 * their case and order reach the receiver unchanged, body bytes untouched, one deadline for the whole
 * exchange. Never rejects for a network failure: that becomes an Unanswered result, as GitLab logs an
 * "internal error". Throws a UserError only for a URL it cannot send to.
 */
export function sendRequest(input: SendRequestInput): Promise<SendResult> {
  const url = parseHttpUrl(input.url, 'The target URL');
  if (url.username || url.password) {
    throw new Error('sendRequest takes a URL without user:pass@; split it off with splitUserInfo first');
  }
  const timeoutMs = input.timeoutMs ?? GITLAB_TIMEOUT_MS;
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const target = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
  const requestHeaders = wireHeaders(url, input.headers, input.body.byteLength);

  const startedAt = Date.now();
  const started = performance.now();
  return new Promise((resolve) => {
    let remoteAddress: string | null = null;
    let response: IncomingMessage | null = null;
    let settled = false;
    const settle = (outcome: TransportFailure | Omit<Answered, keyof Exchange>) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve({ ...outcome, startedAt, requestHeaders, remoteAddress, durationMs: performance.now() - started });
    };
    const fail = (error: Error) => settle(describeTransportError(error, target, hostname));

    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send({
      method: input.method ?? 'POST',
      host: hostname,
      port: url.port || undefined,
      path: url.pathname + url.search,
      headers: requestHeaders.flat(),
      agent: false,
      rejectUnauthorized: input.verifyTls ?? true,
    });
    const deadline = setTimeout(() => {
      settle(timeoutFailure(timeoutMs, response !== null));
      request.destroy();
    }, timeoutMs);

    request.on('socket', (socket) => {
      socket.once('connect', () => (remoteAddress = socket.remoteAddress ?? null));
    });
    request.on('error', fail);
    request.on('response', (res) => {
      response = res;
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (chunk: Buffer) => {
        const room = RESPONSE_BODY_KEEP_BYTES - kept;
        if (room <= 0) return;
        const part = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
        chunks.push(part);
        kept += part.byteLength;
      });
      res.on('error', fail);
      res.on('end', () =>
        settle({
          status: res.statusCode ?? 0,
          responseHeaders: pairs(res.rawHeaders),
          responseBody: Buffer.concat(chunks, kept),
        }),
      );
    });
    request.end(input.body);
  });
}
