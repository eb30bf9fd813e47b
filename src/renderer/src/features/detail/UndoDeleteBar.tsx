import { useState } from 'react';
import { useClient } from '../../api/use-client';
import { errorReason } from '../../store/describe-error';
import { useApp } from '../../store/use-app';
import { dismissUndo, usePendingUndo } from '../../components/undo-delete';

/** "Deleted #12 — Undo", for a few seconds after a delete. */
export function UndoDeleteBar() {
  const client = useClient();
  const open = useApp((state) => state.detail.open);
  const pending = usePendingUndo();
  const [error, setError] = useState<string | null>(null);
  if (!pending && !error) return null;

  async function undo(ids: number[]) {
    try {
      await client.restoreDeliveries(ids);
      dismissUndo();
      setError(null);
      if (ids.length === 1) open(ids[0]);
    } catch (failure) {
      dismissUndo();
      setError(`Not undone: ${errorReason(failure)}`);
    }
  }

  return (
    <div className="undo-delete" role="status" data-testid="undo-delete">
      {pending ? (
        <>
          <span>Deleted {pending.label}.</span>
          <button type="button" className="button button-small" onClick={() => void undo(pending.ids)}>
            Undo
          </button>
        </>
      ) : (
        <>
          <span className="body-note-error">{error}</span>
          <button type="button" className="button button-small" onClick={() => setError(null)}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
