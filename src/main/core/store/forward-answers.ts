import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { DeliveryRecord } from './delivery-record';

/** What the sender of a forwarded delivery got: the target's answer, or Hookbench's 502/504. */
export interface ForwardAnswer {
  status: number;
  headers: string[];
  body: Uint8Array;
  durationMs: number;
}

export interface EndedForward {
  capturedId: number;
  answered: ForwardAnswer;
  leg: DeliveryRecord;
}

/**
 * Gives each capture that was forwarded the answer its sender got, with the leg's transport error if it had one
 * (the pair is then an internal error, as GitLab's Recent events shows it). Prepared on the first forward only:
 * a store that never forwards never compiles these statements.
 */
export class ForwardAnswers {
  private answerCapture: StatementSync | null = null;
  private answerExchange: StatementSync | null = null;

  constructor(private readonly db: DatabaseSync) {}

  /** Inside the caller's transaction; `insertLeg` stores each leg linked to its capture. */
  write(ended: readonly EndedForward[], insertLeg: (leg: DeliveryRecord) => number): void {
    this.answerCapture ??= this.db.prepare('UPDATE deliveries SET status = ?, error_kind = ?, duration_ms = ? WHERE id = ?');
    this.answerExchange ??= this.db.prepare('UPDATE exchanges SET response_headers = ?, response_body = ?, response_size = ?, error_message = ? WHERE id = ?');
    for (const { capturedId, answered, leg } of ended) {
      this.answerCapture.run(answered.status, leg.errorKind, answered.durationMs, capturedId);
      this.answerExchange.run(JSON.stringify(answered.headers), answered.body, answered.body.byteLength, leg.errorMessage, capturedId);
      insertLeg(leg);
    }
  }
}
