/**
 * One forward's exchange with its target: the request written in one go, the answer read off the connection and
 * passed to the sender as it comes, then the leg handed on to be stored. A target that cannot be reached answers
 * the sender 502 (504 for a timeout) saying what happened; one that dies mid-answer cuts the sender off too.
 */
import type { ServerResponse } from 'node:http';
import type { DeliveryRecord } from '../store/delivery-record';
import type { ForwardAnswer } from '../store/delivery-store';
import { plainText, send, type PreparedResponse } from '../receiver/prepared-response';
import { describeTransportError, timeoutFailure, type TransportFailure } from '../sender/transport-error';
import { AnswerParseError, AnswerParser, type AnswerHead, type AnswerPiece } from './answer-parser';
import { answerHeaders, requestHead } from './forward-headers';
import { forwardLeg, type LegOutcome } from './forward-records';
import type { ConnectionUser, TargetConnection, TargetConnections } from './target-connections';

/** A body up to this size is written with its head in one piece, either way (a latin1 string keeps the bytes as they are). */
const ONE_WRITE_BYTES = 16 * 1024;

/** What a failed leg answers its sender, in words about the target. */
function failureAnswer(failure: TransportFailure, target: URL): PreparedResponse {
  const status = failure.errorKind === 'timeout' ? 504 : 502;
  const sentence = /[.?!]$/.test(failure.errorMessage) ? failure.errorMessage : `${failure.errorMessage}.`;
  return plainText(status, `Hookbench could not forward this delivery to ${target.href}: ${sentence}`);
}

/** The target's connection went quiet on us: before its head it never answered, after it the answer was cut. */
const cutOff = (started: boolean) => Object.assign(new Error(started ? 'aborted' : 'socket hang up'), { code: 'ECONNRESET' });

/** Ends the sender's answer with the last body bytes, in one write with the head when they are few. */
function endWith(res: ServerResponse, body: Buffer[]): void {
  const last = body.length === 1 ? body[0] : Buffer.concat(body);
  if (last.byteLength <= ONE_WRITE_BYTES) res.end(last.toString('latin1'), 'latin1');
  else res.end(last);
}

export interface ExchangeStart {
  res: ServerResponse;
  method: string;
  target: URL;
  /** The headers as they go to the target. */
  headers: string[];
  body: Buffer;
  timeoutMs: number;
  captured: DeliveryRecord;
  capturedId: number;
  /** When the capture's request began (performance.now()), for the answer's duration as its sender saw it. */
  requestStarted: number;
}

export type ExchangeEnded = (leg: DeliveryRecord, answered: ForwardAnswer) => void;

export class TargetExchange implements ConnectionUser {
  private readonly startedAt = Date.now();
  private readonly started = performance.now();
  private readonly parser: AnswerParser;
  private readonly connection: TargetConnection;
  private readonly timer: NodeJS.Timeout;
  private readonly chunks: Buffer[] = [];
  private head: AnswerHead | null = null;
  private settled = false;

  constructor(
    private readonly start: ExchangeStart,
    private readonly connections: TargetConnections,
    private readonly ended: ExchangeEnded,
  ) {
    const { res, method, target, headers, body, timeoutMs } = start;
    this.parser = new AnswerParser(method === 'HEAD');
    this.timer = setTimeout(() => this.fail(timeoutFailure(timeoutMs, this.head !== null)), timeoutMs);
    this.connection = connections.take(target, this);
    const { socket } = this.connection;
    res.on('drain', () => socket.resume());
    // The head and the body leave in one write, the body as the sender's bytes were captured: a latin1 string keeps
    // each byte as it is, and one string measured 8 µs less per forward than a corked writev of the two (175 against
    // 183 µs, interleaved wrk rounds). A big body is not copied into a string.
    const head = requestHead(method, `${target.pathname}${target.search}`, headers);
    if (body.byteLength <= ONE_WRITE_BYTES) {
      socket.write(head + body.toString('latin1'), 'latin1');
    } else {
      socket.cork();
      socket.write(head, 'latin1');
      socket.write(body);
      socket.uncork();
    }
  }

  data(bytes: Buffer): void {
    this.read(() => this.parser.feed(bytes));
  }

  end(): void {
    this.read(() => this.parser.closed());
  }

  error(error: Error): void {
    this.failWith(error);
  }

  close(): void {
    this.failWith(cutOff(this.parser.started));
  }

  private read(next: () => AnswerPiece): void {
    if (this.settled) return;
    let piece: AnswerPiece;
    try {
      piece = next();
    } catch (error) {
      if (!(error instanceof AnswerParseError)) throw error;
      // A connection cut short is a reset, as GitLab reports it; anything else the target wrote is not HTTP.
      if (/^closed /.test(error.message)) this.failWith(cutOff(this.parser.started));
      else this.fail({ errorKind: 'other', errorMessage: `${this.start.target.host} answered with something that is not HTTP/1.1: ${error.message}` });
      return;
    }
    try {
      this.take(piece);
    } catch (error) {
      // node refused to pass on what the parser let through: the sender is told, the receiver process lives.
      this.fail({ errorKind: 'other', errorMessage: `Hookbench could not pass ${this.start.target.host}'s answer on: ${(error as Error).message}` });
    }
  }

  private take(piece: AnswerPiece): void {
    const { res, target } = this.start;
    if (piece.head) {
      this.head = piece.head;
      res.writeHead(piece.head.status, piece.head.statusMessage, answerHeaders(piece.head.rawHeaders));
    }
    this.chunks.push(...piece.body);
    if (!piece.ended) {
      for (const bytes of piece.body) if (!res.write(bytes)) this.connection.socket.pause();
      return;
    }
    const { status, rawHeaders } = this.head as AnswerHead;
    const body = Buffer.concat(this.chunks);
    this.finish({ failure: null, response: { status, headers: rawHeaders, body } }, { status, headers: answerHeaders(rawHeaders), body });
    // A target that answered before the whole request was written (an early 413) gets no next request behind its rest.
    if (piece.reusable && this.connection.socket.writableLength === 0) this.connections.giveBack(target, this.connection);
    else this.connection.drop();
    endWith(res, piece.body);
  }

  private failWith(error: Error): void {
    this.fail(describeTransportError(error, this.start.target.host, this.start.target.hostname));
  }

  private fail(failure: TransportFailure): void {
    if (this.settled) return;
    this.connection.drop();
    const { res, target } = this.start;
    if (this.head) {
      // The sender has the target's status and part of its body already: the connection is cut, as the target's was.
      res.destroy();
      this.finish({ failure, response: null }, { status: this.head.status, headers: answerHeaders(this.head.rawHeaders), body: Buffer.concat(this.chunks) });
    } else {
      const answer = failureAnswer(failure, target);
      send(res, answer);
      this.finish({ failure, response: null }, answer);
    }
  }

  private finish(outcome: LegOutcome, answered: Omit<ForwardAnswer, 'durationMs'>): void {
    this.settled = true;
    clearTimeout(this.timer);
    const { captured, capturedId, target, headers, requestStarted } = this.start;
    const now = performance.now();
    const leg = forwardLeg({ captured, capturedId, target, headers, startedAt: this.startedAt, durationMs: now - this.started, outcome });
    this.ended(leg, { ...answered, durationMs: now - requestStarted });
  }
}
