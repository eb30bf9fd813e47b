/**
 * Forwarding: the captured request is committed first, then sent on to the route's target with the same method,
 * headers and body bytes; the target's status, headers and body stream back to the sender unchanged. When the leg
 * ends it is stored as its own delivery (origin `forwarded`, parent the capture), and the capture gets the answer
 * its sender got. A target that cannot be reached answers the sender 502 (504 for a timeout) saying what happened.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import type { ForwardAction } from '@shared/route';
import type { DeliveryRecord } from '../store/delivery-record';
import type { EndedForward, ForwardAnswer } from '../store/delivery-store';
import { capturedRecord, type CapturedExchange } from '../receiver/captured-record';
import { plainText, send, type PreparedResponse } from '../receiver/prepared-response';
import { describeTransportError, timeoutFailure, type TransportFailure } from '../sender/transport-error';
import { answerHeaders, forwardHeaders } from './forward-headers';
import { forwardLeg, pendingCapture, type LegOutcome, type LegResponse } from './forward-records';

export type ForwardCapture = (record: DeliveryRecord, stored: (error: Error | null, id: number) => void) => void;

/** The leg, stored linked to the capture, and the answer the capture's sender got. */
export type LegEnded = (ended: FinishedForward) => void;

/** A forward that ended, with its capture as it was stored (unanswered then). */
export interface FinishedForward extends EndedForward {
  captured: DeliveryRecord;
}

export interface ForwardRequest {
  req: IncomingMessage;
  res: ServerResponse;
  exchange: Omit<CapturedExchange, 'response' | 'overLimit'>;
  action: ForwardAction;
  target: URL;
  notStored: (error: Error) => PreparedResponse;
}

/** What a failed leg answers its sender, in words about the target. */
function failureAnswer(failure: TransportFailure, target: URL): PreparedResponse {
  const status = failure.errorKind === 'timeout' ? 504 : 502;
  const sentence = /[.?!]$/.test(failure.errorMessage) ? failure.errorMessage : `${failure.errorMessage}.`;
  return plainText(status, `Hookbench could not forward this delivery to ${target.href}: ${sentence}`);
}

export class Forwarder {
  /** Connections to the targets are kept open between deliveries, as a receiver under load needs. */
  private readonly agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  constructor(
    private readonly capture: ForwardCapture,
    private readonly legEnded: LegEnded,
  ) {}

  forward(request: ForwardRequest): void {
    const { req, res, exchange, notStored } = request;
    const captured = pendingCapture(capturedRecord(req, { ...exchange, overLimit: false, response: plainText(0, '') }));
    this.capture(captured, (error, id) => {
      if (error) send(res, notStored(error));
      else this.send(request, captured, id);
    });
  }

  private send({ req, res, exchange, action, target }: ForwardRequest, captured: DeliveryRecord, capturedId: number): void {
    const startedAt = Date.now();
    const started = performance.now();
    const headers = forwardHeaders(req.rawHeaders, target, action.keepHost, exchange.body.byteLength);
    const secure = target.protocol === 'https:';
    const chunks: Buffer[] = [];
    let received: LegResponse | null = null;
    let settled = false;
    const end = (outcome: LegOutcome, answered: Omit<ForwardAnswer, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const now = performance.now();
      const leg = forwardLeg({ captured, capturedId, target, headers, startedAt, durationMs: now - started, outcome });
      this.legEnded({ leg, capturedId, captured, answered: { ...answered, durationMs: now - exchange.started } });
    };
    const fail = (failure: TransportFailure) => {
      if (settled) return;
      outbound.destroy();
      if (received) {
        // The sender has the target's status and part of its body already: the connection is cut, as the target's was.
        res.destroy();
        end({ failure, response: null }, { ...received, body: Buffer.concat(chunks) });
      } else {
        const answer = failureAnswer(failure, target);
        send(res, answer);
        end({ failure, response: null }, answer);
      }
    };
    const outbound = (secure ? httpsRequest : httpRequest)({
      protocol: target.protocol,
      hostname: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port,
      method: req.method,
      path: `${target.pathname}${target.search}`,
      headers,
      setHost: false,
      agent: secure ? this.agents.https : this.agents.http,
    });
    const timer = setTimeout(() => fail(timeoutFailure(action.timeoutMs, res.headersSent)), action.timeoutMs);
    outbound.on('error', (error) => fail(describeTransportError(error, target.host, target.hostname)));
    outbound.on('response', (answer) => {
      received = { status: answer.statusCode ?? 0, headers: answerHeaders(answer.rawHeaders), body: Buffer.alloc(0) };
      res.writeHead(received.status, answer.statusMessage, received.headers);
      answer.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        res.write(chunk);
      });
      answer.on('error', (error) => fail(describeTransportError(error, target.host, target.hostname)));
      answer.on('aborted', () => fail(describeTransportError(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }), target.host, target.hostname)));
      answer.on('end', () => {
        if (settled) return;
        res.end();
        const response = { status: answer.statusCode ?? 0, headers: answer.rawHeaders, body: Buffer.concat(chunks) };
        end({ failure: null, response }, { ...response, headers: (received as LegResponse).headers });
      });
    });
    outbound.end(exchange.body);
  }
}
