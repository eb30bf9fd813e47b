import { setImmediate } from 'node:timers/promises';

/** How long an export reads before it lets the receiver's event loop run: a capture waits at most about this. */
export const EXPORT_SLICE_MS = 10;

/**
 * An export's chunks joined for a window, giving the event loop back every EXPORT_SLICE_MS: 10 000 deliveries
 * take a second or more of reading, and the receiver on the same loop must keep answering meanwhile.
 */
export async function pacedJoin(chunks: Iterable<string>, sliceMs = EXPORT_SLICE_MS): Promise<string> {
  const parts: string[] = [];
  let sliceStart = performance.now();
  for (const chunk of chunks) {
    parts.push(chunk);
    if (performance.now() - sliceStart < sliceMs) continue;
    await setImmediate();
    sliceStart = performance.now();
  }
  return parts.join('');
}
