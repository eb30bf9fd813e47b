import type { Response } from 'express';
import { FAILURE, kindOfCode, type CallFailure, type FailureCode, type FailureKind } from '@shared/errors';

/** A user's mistake is an answer (200), not a failed request; a malformed call is the face's bug (400). */
const FAILURE_STATUS: Record<FailureKind, number> = { refused: 200, 'not-found': 200, conflict: 200, 'bad-call': 400, internal: 500 };

export function failureStatus(failure: CallFailure): number {
  return failure.code === FAILURE.unknownMethod ? 404 : FAILURE_STATUS[failure.kind];
}

export function sendFailure(res: Response, status: number, code: FailureCode, message: string): void {
  res.status(status).json({ failure: { kind: kindOfCode(code), code, message } });
}
