import type { BodyViewId } from './body-presentation';
import type { RenderedBody } from './body-render';

export type BodyWorkerRequest =
  | { id: number; type: 'head'; bytes: Uint8Array; size: number }
  /** The body in the pieces it arrived in (its start, then the rest), joined in the worker. */
  | { id: number; type: 'whole'; key: string; parts: Uint8Array[]; contentType: string | null }
  | { id: number; type: 'view'; key: string; view: BodyViewId };

export type BodyWorkerReply = { id: number; body: RenderedBody } | { id: number; error: string };
