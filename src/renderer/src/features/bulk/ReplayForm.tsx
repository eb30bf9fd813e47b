import { useState } from 'react';
import { BULK_DEFAULT_CONCURRENCY, BULK_MAX_CONCURRENCY } from '@shared/contract';
import { useApp } from '../../store/use-app';

/** Replay to…: one target for the whole selection and how many go at once. */
export function ReplayForm({ onDone }: { onDone: () => void }) {
  const remembered = useApp((state) => state.detail.replayTarget);
  const busy = useApp((state) => state.bulk.bulkBusy !== null);
  const replaySelection = useApp((state) => state.bulk.replaySelection);
  const [to, setTo] = useState(remembered);
  const [concurrency, setConcurrency] = useState(BULK_DEFAULT_CONCURRENCY);
  return (
    <form
      className="bulk-replay-form"
      aria-label="Replay the selection"
      onSubmit={(event) => {
        event.preventDefault();
        void replaySelection(to.trim(), concurrency).then(onDone);
      }}
    >
      <input
        type="url"
        aria-label="Replay the selection to"
        placeholder="http://localhost:3000/hooks"
        value={to}
        required
        autoFocus
        onChange={(event) => setTo(event.target.value)}
      />
      <label title="How many replays are in flight at once">
        At once
        <input
          type="number"
          aria-label="Replays at once"
          min={1}
          max={BULK_MAX_CONCURRENCY}
          value={concurrency}
          onChange={(event) => setConcurrency(Number(event.target.value))}
        />
      </label>
      <button type="submit" className="button button-small button-primary" disabled={busy || !to.trim()}>
        Replay
      </button>
      <button type="button" className="button button-small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
