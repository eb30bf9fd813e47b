import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractClient } from '@shared/contract';
import type { BodyPart } from '@shared/delivery';
import { useClient } from '../../api/use-client';
import { useApp } from '../../store/use-app';
import { describeError } from '../../store/describe-error';
import type { BodyViewId } from './body-presentation';
import type { RenderedBody } from './body-render';
import { renderHeadOffThread, renderViewOffThread, renderWholeOffThread } from './body-worker-client';

/**
 * Shown as soon as it arrives, before the rest is fetched: a few screenfuls of text, about one of a one-line body
 * wrapped across a wide window. Larger costs the window more: the editor wraps it all before its first paint.
 */
export const FIRST_SCREENFUL_BYTES = 16 * 1024;

export type BodyState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'shown'; size: number; complete: boolean; body: RenderedBody };

type Show = (state: BodyState) => void;

interface BodyAsked {
  id: number;
  part: BodyPart;
  reveal: boolean;
  contentType: string | null;
}

const bodyKey = ({ id, part, reveal }: BodyAsked) => `${id}/${part}/${reveal ? 'revealed' : 'masked'}`;

/** A hidden window paints no frames: the rest is asked after this long all the same. */
const PAINT_WAIT_MS = 100;

/** Resolves once the frame after this one has begun (what was rendered now has been painted), or after PAINT_WAIT_MS. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
}

/**
 * The body source both bridges feed (IPC carries the bytes by structured clone, the web face by its raw
 * route): the start of the body first, then the rest, each turned into text in the body worker.
 */
async function loadBody(client: ContractClient, asked: BodyAsked, show: Show): Promise<void> {
  const { id, part, reveal, contentType } = asked;
  const head = await client.getBodyBytes(id, part, reveal, 0, FIRST_SCREENFUL_BYTES);
  if (!head) return show({ status: 'missing' });
  if (head.bytes.length >= head.size) {
    return show({ status: 'shown', size: head.size, complete: true, body: await renderWholeOffThread(bodyKey(asked), [head.bytes], contentType) });
  }
  const start = head.bytes.slice(); // the worker takes the bytes it is given; the whole body needs the start again
  show({ status: 'shown', size: head.size, complete: false, body: await renderHeadOffThread(start, head.size) });
  // The rest (25 MB to read, mask, carry and decode) is asked once the start is on screen, not against its paint.
  await afterNextPaint();
  const tail = await client.getBodyBytes(id, part, reveal, head.bytes.length);
  if (!tail) return show({ status: 'missing' });
  // The rest is masked as its start was (getBodyBytes), even if a secret was set or cleared in between, so they join.
  show({ status: 'shown', size: tail.size, complete: true, body: await renderWholeOffThread(bodyKey(asked), [head.bytes, tail.bytes], contentType) });
}

/**
 * Fetches one body by id when it is shown, never with the list. A stored body never changes, so only another
 * delivery, part or reveal choice fetches again (a response body is shown only once the response has arrived).
 */
export function useBody(id: number, part: BodyPart, contentType: string | null) {
  const client = useClient();
  const reveal = useApp((app) => app.detail.revealSecrets);
  const [state, setState] = useState<BodyState>({ status: 'loading' });
  const shownKey = useRef('');

  useEffect(() => {
    let current = true;
    const asked = { id, part, reveal, contentType };
    shownKey.current = bodyKey(asked);
    const show: Show = (next) => {
      if (current) setState(next);
    };
    setState({ status: 'loading' });
    loadBody(client, asked, show).catch((error: unknown) => show({ status: 'error', message: describeError(`load the ${part} body`, error) }));
    return () => {
      current = false;
    };
  }, [client, id, part, reveal, contentType]);

  const showView = useCallback(
    (view: BodyViewId) => {
      const key = bodyKey({ id, part, reveal, contentType });
      // A view asked for just before another delivery (or the reveal choice) changed must not land on it.
      const stillShown = () => shownKey.current === key;
      renderViewOffThread(key, view).then(
        (body) => stillShown() && setState((now) => (now.status === 'shown' ? { ...now, body } : now)),
        (error: unknown) => stillShown() && setState({ status: 'error', message: describeError(`show the ${part} body`, error) }),
      );
    },
    [id, part, reveal, contentType],
  );

  return { state, showView };
}
