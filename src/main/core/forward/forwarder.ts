/**
 * Forwarding: the captured request is committed first, then sent on to the route's target with the same method,
 * headers and body bytes; the target's status, headers and body stream back to the sender unchanged. When the leg
 * ends it is stored as its own delivery (origin `forwarded`, parent the capture), and the capture gets the answer
 * its sender got. A target that cannot be reached answers the sender 502 (504 for a timeout) saying what happened.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ForwardAction } from '@shared/route';
import type { DeliveryRecord } from '../store/delivery-record';
import type { EndedForward, ForwardAnswer } from '../store/delivery-store';
import { capturedRecord, type CapturedExchange } from '../receiver/captured-record';
import { plainText, send, type PreparedResponse } from '../receiver/prepared-response';
import { describeTransportError, timeoutFailure, type TransportFailure } from '../sender/transport-error';
import { answerHeaders, forwardHeaders, requestHead } from './forward-headers';
import { AnswerParseError, AnswerParser, type AnswerHead, type AnswerPiece } from './answer-parser';
import { TargetConnections } from './target-connections';
import { forwardLeg, pendingCapture, type LegOutcome } from './forward-records';

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

/** An answer body up to this size is written with its head in one piece (a latin1 string keeps the bytes as they are). */
const ONE_WRITE_BYTES = 16 * 1024;

/** The target's socket went quiet on us: before its head it never answered, after it the answer was cut. */
const cutOff = (started: boolean) => Object.assign(new Error(started ? 'aborted' : 'socket hang up'), { code: 'ECONNRESET' });

/** Ends the sender's answer with the last body bytes, in one write with the head when they are few. */
function endWith(res: ServerResponse, body: Buffer[]): void {
  const last = body.length === 1 ? body[0] : Buffer.concat(body);
  if (last.byteLength <= ONE_WRITE_BYTES) res.end(last.toString('latin1'), 'latin1');
  else res.end(last);
}

export class Forwarder {
  private readonly connections = new TargetConnections();

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

  /** Lets the idle connections to the targets go. */
  close(): void {
    this.connections.close();
  }

  private send({ req, res, exchange, action, target }: ForwardRequest, captured: DeliveryRecord, capturedId: number): void {
    const startedAt = Date.now();
    const started = performance.now();
    const method = req.method ?? 'GET';
    const headers = forwardHeaders(req.rawHeaders, target, action.keepHost, exchange.body.byteLength);
    const parser = new AnswerParser(method === 'HEAD');
    const socket = this.connections.take(target);
    const chunks: Buffer[] = [];
    let head: AnswerHead | null = null;
    let settled = false;
    const end = (outcome: LegOutcome, answered: Omit<ForwardAnswer, 'durationMs'>) => {
      settled = true;
      clearTimeout(timer);
      socket.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      const now = performance.now();
      const leg = forwardLeg({ captured, capturedId, target, headers, startedAt, durationMs: now - started, outcome });
      this.legEnded({ leg, capturedId, captured, answered: { ...answered, durationMs: now - exchange.started } });
    };
    const fail = (failure: TransportFailure) => {
      if (settled) return;
      socket.destroy();
      if (head) {
        // The sender has the target's status and part of its body already: the connection is cut, as the target's was.
        res.destroy();
        end({ failure, response: null }, { status: head.status, headers: answerHeaders(head.rawHeaders), body: Buffer.concat(chunks) });
      } else {
        const answer = failureAnswer(failure, target);
        send(res, answer);
        end({ failure, response: null }, answer);
      }
    };
    const failWith = (error: Error) => fail(describeTransportError(error, target.host, target.hostname));
    const take = (piece: AnswerPiece) => {
      if (piece.head) {
        head = piece.head;
        res.writeHead(head.status, head.statusMessage, answerHeaders(head.rawHeaders));
      }
      chunks.push(...piece.body);
      if (!piece.ended) {
        for (const bytes of piece.body) if (!res.write(bytes)) socket.pause();
        return;
      }
      const { status, rawHeaders } = head as AnswerHead;
      const body = Buffer.concat(chunks);
      end({ failure: null, response: { status, headers: rawHeaders, body } }, { status, headers: answerHeaders(rawHeaders), body });
      if (piece.reusable) this.connections.giveBack(target, socket);
      else socket.destroy();
      endWith(res, piece.body);
    };
    const read = (next: () => AnswerPiece) => {
      let piece: AnswerPiece;
      try {
        piece = next();
      } catch (error) {
        if (!(error instanceof AnswerParseError)) throw error;
        // A connection cut short is a reset, as GitLab reports it; anything else the target wrote is not HTTP.
        if (/^closed /.test(error.message)) failWith(cutOff(parser.started));
        else fail({ errorKind: 'other', errorMessage: `${target.host} answered with something that is not HTTP/1.1: ${error.message}` });
        return;
      }
      take(piece);
    };
    const onData = (data: Buffer) => read(() => parser.feed(data));
    const onEnd = () => read(() => parser.closed());
    const onError = failWith;
    const onClose = () => failWith(cutOff(parser.started));
    const timer = setTimeout(() => fail(timeoutFailure(action.timeoutMs, head !== null)), action.timeoutMs);
    socket.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    res.on('drain', () => socket.resume());
    // The head and the body leave in one write (a writev), the body as the sender's bytes were captured.
    socket.cork();
    socket.write(requestHead(method, `${target.pathname}${target.search}`, headers), 'latin1');
    if (exchange.body.byteLength > 0) socket.write(exchange.body);
    socket.uncork();
  }
}
