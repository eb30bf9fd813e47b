/**
 * GET /api/body/:id/:part[?revealSecrets=true]: a body's bytes as application/octet-stream, not base64 inside
 * JSON, so a 25 MB body costs the server 25 MB and the page no decoding. Secrets are masked as on every other
 * call unless revealSecrets=true; `Range: bytes=start-end` (or `start-`) answers 206 with Content-Range, which
 * is how the UI asks for its first screenful before the rest (whose total is `*` when the start was masked without
 * the rest: X-Body-Size is then the stored size). The token check is the /api middleware's. Any
 * other answer is the failure envelope with an error status: 404 `not-found/body` when there is no such body.
 */
import type { Request, Response } from 'express';
import { RAW_BYTES_METHOD, type ContractHandlers } from '@shared/contract';
import type { BodyBytes } from '@shared/delivery';
import { FAILURE, type FailureKind } from '@shared/errors';
import { dispatchContractCall } from '../contract-dispatch';
import { sendFailure } from './failure-answers';

export const BODY_ROUTE = '/api/body/:id/:part';
/** Never 200 as /api/call answers a refusal: here a 200 is the body's bytes, so every failure has its own status. */
const FAILURE_STATUS: Record<FailureKind, number> = { refused: 400, 'not-found': 404, conflict: 409, 'bad-call': 400, internal: 500 };

interface ByteRange {
  offset: number;
  limit: number | undefined;
}

/** One `bytes=start-[end]` range; suffix ranges (`bytes=-500`) and lists are not what the UI asks: 416. */
export function parseRange(header: string | undefined): ByteRange | 'unsupported' | null {
  if (header === undefined) return null;
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) return 'unsupported';
  const offset = Number(match[1]);
  if (match[2] === '') return { offset, limit: undefined };
  const end = Number(match[2]);
  return end < offset ? 'unsupported' : { offset, limit: end - offset + 1 };
}

function revealFlag(value: unknown): boolean | 'bad' {
  if (value === undefined || value === 'false') return false;
  return value === 'true' ? true : 'bad';
}

function sendBytes(res: Response, body: BodyBytes, ranged: boolean): void {
  res.set({ 'Content-Type': 'application/octet-stream', 'X-Content-Type-Options': 'nosniff', 'Accept-Ranges': 'bytes' });
  // The whole body's size also when no Content-Range names it (an empty body, a 200 for the whole).
  res.set({ 'Content-Length': String(body.bytes.byteLength), 'X-Body-Size': String(body.size) });
  if (ranged && body.bytes.byteLength > 0) {
    // A start masked without the rest: its shown size is not known yet, as HTTP says it (`*`).
    res.status(206).set('Content-Range', `bytes ${body.offset}-${body.offset + body.bytes.byteLength - 1}/${body.sizeAsStored ? '*' : body.size}`);
  }
  // Straight from the bytes the core holds to the socket, which sends them as the reader takes them: no copy.
  res.end(Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.byteLength));
}

export function bodyRoute(handlers: ContractHandlers) {
  return async (req: Request, res: Response) => {
    const range = parseRange(req.headers.range);
    if (range === 'unsupported') {
      return sendFailure(res, 416, FAILURE.badArguments, `Unsupported Range "${req.headers.range}": ask for one range, bytes=<start>-[<end>].`);
    }
    const reveal = revealFlag(req.query.revealSecrets);
    if (reveal === 'bad') return sendFailure(res, 400, FAILURE.badArguments, 'revealSecrets must be true or false.');
    // The same argument table as every call: the core checks the id and the part and refuses others in words.
    const { id, part } = req.params as { id: string; part: string };
    const outcome = await dispatchContractCall(handlers, RAW_BYTES_METHOD, [/^\d+$/.test(id) ? Number(id) : id, part, reveal, range?.offset, range?.limit]);
    if (!outcome.ok) return void res.status(FAILURE_STATUS[outcome.failure.kind]).json({ failure: outcome.failure });
    const body = outcome.result as BodyBytes | null;
    if (!body) return sendFailure(res, 404, FAILURE.noSuchBody, `Delivery ${id} has no ${part} body.`);
    if (range && range.offset >= body.size && body.size > 0) {
      res.set('Content-Range', `bytes */${body.size}`);
      return sendFailure(res, 416, FAILURE.badArguments, `The body has only ${body.size} bytes: ask for a range that starts below ${body.size}.`);
    }
    sendBytes(res, body, range !== null);
  };
}
