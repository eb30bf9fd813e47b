import { Fragment } from 'react';
import type { DeliveryDetail } from '@shared/delivery';
import { useApp } from '../../store/use-app';
import { useReplays } from './use-replays';

/** Where this delivery came from and where it was sent again, each a click away. */
export function ReplayChain({ detail }: { detail: DeliveryDetail }) {
  const open = useApp((state) => state.detail.open);
  const replays = useReplays(detail.id);

  const link = (id: number) => (
    <button type="button" className="link-button" onClick={() => open(id)}>
      #{id}
    </button>
  );
  return (
    <section className="replay-chain" data-testid="replay-chain" aria-label="Replay chain">
      <h3>Chain</h3>
      {detail.parentId !== null && <p>{detail.origin === 'forwarded' ? 'Forward leg of' : 'Replay of'} {link(detail.parentId)}</p>}
      {replays.status === 'loading' && <p className="muted">Looking for replays…</p>}
      {replays.status === 'error' && <p className="body-note body-note-error">{replays.message}</p>}
      {replays.status === 'ready' &&
        (replays.total === 0 ? (
          <p className="muted">Not replayed.</p>
        ) : (
          <p>
            Replays:{' '}
            {replays.ids.map((id, index) => (
              <Fragment key={id}>
                {index > 0 && ', '}
                {link(id)}
              </Fragment>
            ))}
            {replays.total > replays.ids.length && ` and ${replays.total - replays.ids.length} older`}
          </p>
        ))}
    </section>
  );
}
