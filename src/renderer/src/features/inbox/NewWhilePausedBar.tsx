import { useApp } from '../../store/use-app';

/** While the live view is paused, says how much arrived and offers the way back. */
export function NewWhilePausedBar() {
  const paused = useApp((state) => state.inbox.livePaused);
  const count = useApp((state) => state.inbox.newWhilePausedCount);
  const capped = useApp((state) => state.inbox.newWhilePausedCapped);
  const setLivePaused = useApp((state) => state.inbox.setLivePaused);
  if (!paused) return null;
  return (
    <div className="paused-bar" role="status">
      <span>
        Live view paused
        {count > 0 && ` · ${count}${capped ? '+' : ''} new`}. Deliveries are still being captured.
      </span>
      <button type="button" className="button button-small button-primary" onClick={() => setLivePaused(false)}>
        {count > 0 ? `Show ${count}${capped ? '+' : ''} new` : 'Resume'}
      </button>
    </div>
  );
}
