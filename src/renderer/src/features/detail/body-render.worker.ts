/// <reference lib="webworker" />
/**
 * The body worker: holds the bytes of the bodies on screen and answers with what to show. Bytes arrive
 * transferred (no copy); only the strings to show travel back.
 */
import { joinParts, renderBody, renderHead } from './body-render';
import type { BodyWorkerReply, BodyWorkerRequest } from './body-worker-protocol';

/** The request and the response body of the delivery on screen; bodies are refetched when it changes. */
const KEPT_BODIES = 2;
const bodies = new Map<string, { bytes: Uint8Array; contentType: string | null }>();

function keep(key: string, bytes: Uint8Array, contentType: string | null): void {
  bodies.delete(key);
  bodies.set(key, { bytes, contentType });
  while (bodies.size > KEPT_BODIES) bodies.delete(bodies.keys().next().value!);
}

function answer(request: BodyWorkerRequest): BodyWorkerReply {
  if (request.type === 'head') return { id: request.id, body: renderHead(request.bytes, request.size) };
  if (request.type === 'whole') {
    const bytes = joinParts(request.parts);
    keep(request.key, bytes, request.contentType);
    return { id: request.id, body: renderBody(bytes, request.contentType) };
  }
  const kept = bodies.get(request.key);
  if (!kept) return { id: request.id, error: 'This body is no longer in memory: open the delivery again.' };
  return { id: request.id, body: renderBody(kept.bytes, kept.contentType, request.view) };
}

self.onmessage = (event: MessageEvent<BodyWorkerRequest>) => {
  let reply: BodyWorkerReply;
  try {
    reply = answer(event.data);
  } catch (error) {
    reply = { id: event.data.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
