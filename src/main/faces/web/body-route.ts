/**
 * GET /api/body/:id/:part: a body's exact bytes as application/octet-stream, not base64 inside JSON, so a
 * 25 MB body costs the server 25 MB and the page no decoding. `Range: bytes=start-end` (or `start-`) answers
 * 206 with Content-Range, which is how the UI asks for the first screenful before the rest. The token check
 * is the /api middleware's, as for every call.
 */
import type { Request, Response } from 'express';
import type { ContractHandlers } from '@shared/contract';
import type { BodyPart } from '@shared/delivery';
import { UserError } from '@shared/user-error';

export const BODY_ROUTE = '/api/body/:id/:part';

interface ByteRange {
  offset: number;
  limit: number | null;
}

/** One `bytes=` range; suffix ranges (`bytes=-500`) and lists are not asked by the UI and answer 416. */
export function parseRange(header: string | undefined): ByteRange | 'unsupported' | null {
  if (header === undefined) return null;
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) return 'unsupported';
  const offset = Number(match[1]);
  if (match[2] === '') return { offset, limit: null };
  const end = Number(match[2]);
  return end < offset ? 'unsupported' : { offset, limit: end - offset + 1 };
}

export function bodyRoute(handlers: Pick<ContractHandlers, 'getBodyBytes'>) {
  return async (req: Request, res: Response) => {
    const range = parseRange(req.headers.range);
    if (range === 'unsupported') {
      return void res.status(416).json({ error: `Unsupported Range "${req.headers.range}": ask for one range, bytes=<start>-[<end>].` });
    }
    try {
      const id = Number(req.params.id);
      // The core checks the id and the part (request or response) and refuses others in words.
      const body = await handlers.getBodyBytes(id, req.params.part as BodyPart, range?.offset ?? 0, range?.limit ?? null);
      if (!body) return void res.status(404).json({ missing: `Delivery ${req.params.id} has no ${req.params.part} body.` });
      if (range && range.offset >= body.size && body.size > 0) {
        return void res.status(416).set('Content-Range', `bytes */${body.size}`).json({ error: `The body has only ${body.size} bytes.` });
      }
      res.set({ 'Content-Type': 'application/octet-stream', 'X-Content-Type-Options': 'nosniff', 'Accept-Ranges': 'bytes' });
      if (range && body.bytes.byteLength > 0) {
        res.status(206).set('Content-Range', `bytes ${body.offset}-${body.offset + body.bytes.byteLength - 1}/${body.size}`);
      }
      res.end(Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.byteLength));
    } catch (error) {
      if (error instanceof UserError) return void res.status(400).json({ error: error.message });
      res.status(500).json({ error: error instanceof Error ? error.message : String(error) });
    }
  };
}
