import { useEffect, useState } from 'react';
import type { BodyPart } from '@shared/delivery';
import { useClient } from '../../api/use-client';
import { useApp } from '../../store/use-app';
import { describeError } from '../../store/describe-error';
import { bytesFromBase64 } from './body-bytes';

export type BodyState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; bytes: Uint8Array };

/**
 * Fetches one body by id when it is shown, never with the list. A stored body never changes, so only
 * another delivery, part or reveal choice fetches again (a response body is shown only once the response has arrived).
 */
export function useBody(deliveryId: number, part: BodyPart): BodyState {
  const client = useClient();
  const reveal = useApp((app) => app.detail.revealSecrets);
  const [state, setState] = useState<BodyState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    client.getBody(deliveryId, part, reveal).then(
      (payload) => {
        if (current) setState(payload ? { status: 'ready', bytes: bytesFromBase64(payload.base64) } : { status: 'missing' });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', message: describeError(`load the ${part} body`, error) });
      },
    );
    return () => {
      current = false;
    };
  }, [client, deliveryId, part, reveal]);

  return state;
}
