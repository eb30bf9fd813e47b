import { useApp } from '../../store/use-app';
import { ReceiverPill } from './ReceiverPill';
import { InMemoryBadge } from './InMemoryBadge';
import { ImportFile } from './ImportFile';
import { ShortcutHelp } from './ShortcutHelp';

export function TopBar() {
  const counts = useApp((state) => state.connection.counts);
  const paused = useApp((state) => state.inbox.livePaused);
  const setLivePaused = useApp((state) => state.inbox.setLivePaused);
  const coreError = useApp((state) => state.connection.coreError);

  return (
    <header className="top-bar">
      <ReceiverPill />
      <InMemoryBadge />
      <span className="toolbar-spacer" />
      {coreError && (
        <span className="top-bar-error" role="alert">
          {coreError}
        </span>
      )}
      <label className="switch" title="Stop the list from moving; deliveries keep being captured and stored">
        <input type="checkbox" checked={paused} onChange={(event) => setLivePaused(event.target.checked)} />
        <span className="switch-track" aria-hidden="true" />
        Pause live view
      </label>
      <span className="counts" aria-label="Delivery counts">
        <span className="count" title="Deliveries stored">
          <strong>{counts.total.toLocaleString()}</strong> total
        </span>
        <span className="count count-failure" data-zero={counts.failures === 0 || undefined} title="Answered with a status outside 200–299">
          <strong>{counts.failures.toLocaleString()}</strong> red
        </span>
        <span className="count count-internal-error" data-zero={counts.internalErrors === 0 || undefined} title="No HTTP response: refused, timeout, TLS or reset">
          <strong>{counts.internalErrors.toLocaleString()}</strong> {counts.internalErrors === 1 ? 'internal error' : 'internal errors'}
        </span>
      </span>
      <ImportFile />
      <ShortcutHelp />
    </header>
  );
}
