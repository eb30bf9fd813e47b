import type { BodyViewId } from './body-presentation';
import type { RenderedBody } from './body-render';
import type { BodyWorkerReply, BodyWorkerRequest } from './body-worker-protocol';

/** Omit over each member of the union, so each request keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<BodyWorkerRequest>;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (body: RenderedBody) => void; reject: (error: Error) => void }>();

function bodyWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./body-render.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<BodyWorkerReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('error' in reply) pending?.reject(new Error(reply.error));
    else pending?.resolve(reply.body);
  };
  worker.onerror = (event) => {
    const error = new Error(`The body viewer's worker failed: ${event.message || 'it did not load'}.`);
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
    worker = null;
  };
  return worker;
}

/** Asks the one body worker; the bytes given are transferred to it, so the caller must not use them after. */
function ask(request: Request): Promise<RenderedBody> {
  const id = nextId++;
  const pieces = request.type === 'whole' ? request.parts : request.type === 'head' ? [request.bytes] : [];
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    bodyWorker().postMessage({ ...request, id }, [...new Set(pieces.map((piece) => piece.buffer))]);
  });
}

export const renderHeadOffThread = (bytes: Uint8Array, size: number) => ask({ type: 'head', bytes, size });
export const renderWholeOffThread = (key: string, parts: Uint8Array[], contentType: string | null) =>
  ask({ type: 'whole', key, parts, contentType });
export const renderViewOffThread = (key: string, view: BodyViewId) => ask({ type: 'view', key, view });
