import type { ContractArgs, RAW_BYTES_METHOD } from '@shared/contract';
import type { BodyBytes } from '@shared/delivery';
import { FAILURE, type CallOutcome } from '@shared/errors';

/**
 * getBodyBytes over the web face's raw route (src/main/faces/web/body-route.ts): the bytes arrive as an
 * ArrayBuffer the browser's network stack fills, so the page never parses base64 or a JSON list of numbers.
 * `failureOf` reads the failure envelope of any answer that is not bytes.
 */
export async function fetchBodyBytes(
  token: string,
  failureOf: (response: Response) => Promise<CallOutcome>,
  ...[id, part, revealSecrets, offset = 0, limit]: ContractArgs<typeof RAW_BYTES_METHOD>
): Promise<CallOutcome> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (offset > 0 || limit !== undefined) headers.Range = `bytes=${offset}-${limit === undefined ? '' : offset + limit - 1}`;
  const reveal = revealSecrets === true ? '?revealSecrets=true' : '';
  let response: Response;
  try {
    response = await fetch(`/api/body/${encodeURIComponent(id)}/${encodeURIComponent(part)}${reveal}`, { headers });
  } catch (error) {
    const message = `Hookbench did not answer (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, failure: { kind: 'internal', code: FAILURE.unreachable, message } };
  }
  if (!response.ok) {
    const outcome = await failureOf(response);
    return !outcome.ok && outcome.failure.code === FAILURE.noSuchBody ? { ok: true, result: null } : outcome;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get('Content-Range') ?? '');
  const size = Number(response.headers.get('X-Body-Size') ?? bytes.byteLength);
  const result: BodyBytes = { size, offset: range ? Number(range[1]) : Math.min(offset, size), bytes };
  if (range?.[2] === '*') result.sizeAsStored = true;
  return { ok: true, result };
}
