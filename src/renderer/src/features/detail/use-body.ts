import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractClient } from '@shared/contract';
import type { BodyPart } from '@shared/delivery';
import { useClient } from '../../api/use-client';
import { describeError } from '../../store/describe-error';
import type { BodyViewId } from './body-presentation';
import type { RenderedBody } from './body-render';
import { renderHeadOffThread, renderViewOffThread, renderWholeOffThread } from './body-worker-client';

/** About a screenful and a half of wrapped text: shown as soon as it arrives, before the rest is fetched. */
export const FIRST_SCREENFUL_BYTES = 64 * 1024;

export type BodyState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'shown'; size: number; complete: boolean; body: RenderedBody };

type Show = (state: BodyState) => void;

const bodyKey = (id: number, part: BodyPart) => `${id}/${part}`;

/**
 * The body source both bridges feed (IPC carries the bytes by structured clone, the web face by its raw
 * route): the start of the body first, then the rest, each turned into text in the body worker.
 */
async function loadBody(client: ContractClient, id: number, part: BodyPart, contentType: string | null, show: Show): Promise<void> {
  const key = bodyKey(id, part);
  const head = await client.getBodyBytes(id, part, 0, FIRST_SCREENFUL_BYTES);
  if (!head) return show({ status: 'missing' });
  if (head.bytes.length >= head.size) {
    return show({ status: 'shown', size: head.size, complete: true, body: await renderWholeOffThread(key, [head.bytes], contentType) });
  }
  const rest = client.getBodyBytes(id, part, head.bytes.length, null);
  const start = head.bytes.slice(); // the worker takes the bytes it is given; the whole body needs the start again
  show({ status: 'shown', size: head.size, complete: false, body: await renderHeadOffThread(start, head.size) });
  const tail = await rest;
  if (!tail) return show({ status: 'missing' });
  show({ status: 'shown', size: head.size, complete: true, body: await renderWholeOffThread(key, [head.bytes, tail.bytes], contentType) });
}

/**
 * Fetches one body by id when it is shown, never with the list. A stored body never changes, so only
 * another delivery or part fetches again (a response body is shown only once the response has arrived).
 */
export function useBody(deliveryId: number, part: BodyPart, contentType: string | null) {
  const client = useClient();
  const [state, setState] = useState<BodyState>({ status: 'loading' });
  const shownKey = useRef('');

  useEffect(() => {
    let current = true;
    shownKey.current = bodyKey(deliveryId, part);
    const show: Show = (next) => {
      if (current) setState(next);
    };
    setState({ status: 'loading' });
    loadBody(client, deliveryId, part, contentType, show).catch((error: unknown) =>
      show({ status: 'error', message: describeError(`load the ${part} body`, error) }),
    );
    return () => {
      current = false;
    };
  }, [client, deliveryId, part, contentType]);

  const showView = useCallback(
    (view: BodyViewId) => {
      const key = bodyKey(deliveryId, part);
      // A view asked for just before another delivery was opened must not land on it.
      const stillShown = () => shownKey.current === key;
      renderViewOffThread(key, view).then(
        (body) => stillShown() && setState((now) => (now.status === 'shown' ? { ...now, body } : now)),
        (error: unknown) => stillShown() && setState({ status: 'error', message: describeError(`show the ${part} body`, error) }),
      );
    },
    [deliveryId, part],
  );

  return { state, showView };
}
