import { useEffect, useState } from 'react';
import { useClient } from '../../api/use-client';
import { describeError } from '../../store/describe-error';
import { useApp } from '../../store/use-app';

/** More replays than this of one delivery are listed as a count: the chain is for following, not auditing. */
const REPLAYS_LISTED = 50;

export type ReplaysState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; ids: number[]; total: number };

/** The replays of a delivery, newest first; fetched again whenever the number of deliveries changes. */
export function useReplays(deliveryId: number): ReplaysState {
  const client = useClient();
  const deliveryCount = useApp((state) => state.connection.counts.total);
  const [state, setState] = useState<ReplaysState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    // A forward's leg is shown beside its capture (ForwardPair), not as a replay.
    client.listDeliveries({ offset: 0, limit: REPLAYS_LISTED, parentId: deliveryId, origins: ['captured', 'replay', 'sample', 'trigger'] }).then(
      (page) => {
        if (current) setState({ status: 'ready', ids: page.rows.map((row) => row.id), total: page.total });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', message: describeError('list the replays', error) });
      },
    );
    return () => {
      current = false;
    };
  }, [client, deliveryId, deliveryCount]);

  return state;
}
