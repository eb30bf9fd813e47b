import { joinParts, renderBody, renderHead } from './body-render';
import type { BodyWorkerReply, BodyWorkerRequest } from './body-worker-protocol';

/** The request and the response body of the delivery on screen; bodies are refetched when it changes. */
const KEPT_BODIES = 2;

/**
 * What the body worker does with each request, apart from the messaging: it keeps the bytes of the bodies on
 * screen, so switching views never fetches or copies them again.
 */
export function createBodyWorkerAnswers(): (request: BodyWorkerRequest) => BodyWorkerReply {
  const bodies = new Map<string, { bytes: Uint8Array; contentType: string | null }>();
  const keep = (key: string, bytes: Uint8Array, contentType: string | null) => {
    bodies.delete(key);
    bodies.set(key, { bytes, contentType });
    while (bodies.size > KEPT_BODIES) bodies.delete(bodies.keys().next().value!);
  };
  const answer = (request: BodyWorkerRequest): BodyWorkerReply => {
    if (request.type === 'head') return { id: request.id, body: renderHead(request.bytes, request.size) };
    if (request.type === 'whole') {
      const bytes = joinParts(request.parts);
      keep(request.key, bytes, request.contentType);
      return { id: request.id, body: renderBody(bytes, request.contentType) };
    }
    const kept = bodies.get(request.key);
    if (!kept) return { id: request.id, error: 'This body is no longer in memory: open the delivery again.' };
    return { id: request.id, body: renderBody(kept.bytes, kept.contentType, request.view) };
  };
  return (request) => {
    try {
      return answer(request);
    } catch (error) {
      return { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
