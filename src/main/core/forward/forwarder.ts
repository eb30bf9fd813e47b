/**
 * Forwarding: the captured request is committed first, then sent on to the route's target with the same method,
 * headers and body bytes (target-exchange.ts); the target's status, headers and body go back to the sender unchanged.
 * When the leg ends it is stored as its own delivery (origin `forwarded`, parent the capture), and the capture gets
 * the answer its sender got.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ForwardAction } from '@shared/route';
import type { DeliveryRecord } from '../store/delivery-record';
import type { EndedForward } from '../store/delivery-store';
import { capturedRecord, type CapturedExchange } from '../receiver/captured-record';
import { plainText, send, type PreparedResponse } from '../receiver/prepared-response';
import { forwardHeaders } from './forward-headers';
import { TargetConnections } from './target-connections';
import { TargetExchange } from './target-exchange';
import { pendingCapture } from './forward-records';

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

/**
 * How long an ended leg may wait for the next forward's capture, to be committed in its transaction: at a steady
 * stream that halves the commits a forward costs. The leg's sender has its answer and its capture is committed.
 */
const LEG_WAIT_MS = 5;

export class Forwarder {
  private readonly connections = new TargetConnections();
  private waitingLegs: FinishedForward[] = [];
  private legTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly capture: ForwardCapture,
    private readonly legEnded: LegEnded,
  ) {}

  forward(request: ForwardRequest): void {
    const { req, res, exchange, notStored } = request;
    const captured = pendingCapture(capturedRecord(req, { ...exchange, overLimit: false, response: plainText(0, '') }));
    this.handOnLegs();
    this.capture(captured, (error, id) => {
      if (error) send(res, notStored(error));
      else this.send(request, captured, id);
    });
  }

  /** Hands on the legs still waiting and lets the idle connections to the targets go. */
  close(): void {
    this.handOnLegs();
    this.connections.close();
  }

  private legDone(ended: FinishedForward): void {
    this.waitingLegs.push(ended);
    this.legTimer ??= setTimeout(() => this.handOnLegs(), LEG_WAIT_MS);
  }

  private handOnLegs(): void {
    if (this.legTimer) clearTimeout(this.legTimer);
    this.legTimer = null;
    const legs = this.waitingLegs;
    this.waitingLegs = [];
    for (const ended of legs) this.legEnded(ended);
  }

  private send({ req, res, exchange, action, target }: ForwardRequest, captured: DeliveryRecord, capturedId: number): void {
    const headers = forwardHeaders(req.rawHeaders, target, action.keepHost, exchange.body.byteLength);
    const start = { res, method: req.method ?? 'GET', target, headers, body: exchange.body, timeoutMs: action.timeoutMs, captured, capturedId, requestStarted: exchange.started };
    new TargetExchange(start, this.connections, (leg, answered) => this.legDone({ leg, capturedId, captured, answered }));
  }
}
