import type { BodyBytes } from '@shared/delivery';

/** `limit` bytes from `offset` (undefined: to the end) of a whole body held in memory, without copying them. */
export function sliceBody(bytes: Uint8Array, offset: number, limit: number | undefined): BodyBytes {
  const start = Math.min(offset, bytes.byteLength);
  const end = limit === undefined ? bytes.byteLength : Math.min(bytes.byteLength, start + limit);
  return { size: bytes.byteLength, offset: start, bytes: bytes.subarray(start, end) };
}
