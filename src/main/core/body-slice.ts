import type { BodyBytes } from '@shared/delivery';

/**
 * `limit` bytes from `offset` (undefined: to the end) of a whole body held in memory. Structured clone (the
 * desktop app's IPC) carries a view's whole buffer, so a slice that is a small part of it, such as a first
 * screenful of 25 MB, is copied out; a larger one stays a view, carrying at most twice its bytes.
 */
export function sliceBody(bytes: Uint8Array, offset: number, limit: number | undefined): BodyBytes {
  const start = Math.min(offset, bytes.byteLength);
  const end = limit === undefined ? bytes.byteLength : Math.min(bytes.byteLength, start + limit);
  const view = bytes.subarray(start, end);
  return { size: bytes.byteLength, offset: start, bytes: view.byteLength * 2 < view.buffer.byteLength ? new Uint8Array(view) : view };
}
