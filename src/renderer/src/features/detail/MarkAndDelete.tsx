import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeliveryMark, StoredMark } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import { keysLabel } from '@shared/key-map';
import { useClient } from '../../api/use-client';
import { errorReason } from '../../store/describe-error';
import { offerUndo } from '../../components/undo-delete';
import { useShortcut } from '../../components/use-shortcut';
import './detail-line.css';
import './mark-and-delete.css';

const NOTE_LIMIT = 500;

/** Pin (kept by retention and Clear all), a short note, and Delete (the Delete key) with Undo. */
export function MarkAndDelete({ detail }: { detail: DeliveryDetail }) {
  const client = useClient();
  const [mark, setMark] = useState<StoredMark | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Saves go one after another, and a delete waits for them: a pin's save sent beside a note's could land last with
  // the note it knew (none), and a delete taken while the note was on its way kept no note for Undo.
  const saving = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    setMark(null);
    setError(null);
    client.getDeliveryMark(detail.id).then(
      (stored) => {
        if (!current) return;
        setMark(stored);
        setNote(stored.note ?? '');
      },
      (failure: unknown) => current && setError(`Pin and note unavailable: ${errorReason(failure)}`),
    );
    return () => {
      current = false;
    };
  }, [client, detail.id]);

  function save(next: DeliveryMark): Promise<void> {
    const before = mark;
    // Shown at once (a checkbox follows the click), put right by what the core stored or back on a refusal.
    if (before) setMark({ ...before, ...next });
    saving.current = saving.current.then(async () => {
      try {
        const stored = await client.setDeliveryMark(detail.id, next);
        setMark(stored);
        // A pin's answer leaves the note field alone: it may hold what is being typed.
        if (next.note !== (before?.note ?? null)) setNote(stored.note ?? '');
        setError(null);
      } catch (failure) {
        setMark(before);
        setError(`Not saved: ${errorReason(failure)}`);
      }
    });
    return saving.current;
  }

  const remove = useCallback(async () => {
    await saving.current;
    try {
      await client.deleteDeliveries([detail.id]);
      offerUndo({ ids: [detail.id], label: `#${detail.id}` });
    } catch (failure) {
      setError(`Not deleted: ${errorReason(failure)}`);
    }
  }, [client, detail.id]);

  useShortcut('deleteDelivery', remove);

  return (
    <div className="detail-line mark-and-delete" data-testid="mark-and-delete">
      <label className="checkbox" title="A pinned delivery is kept by retention and by Clear all">
        <input type="checkbox" disabled={!mark} checked={mark?.pinned ?? false} onChange={(event) => void save({ pinned: event.target.checked, note: mark?.note ?? null })} />
        Pin
      </label>
      <form
        className="mark-note"
        onSubmit={(event) => {
          event.preventDefault();
          void save({ pinned: mark?.pinned ?? false, note: note || null });
        }}
      >
        <input
          type="text"
          aria-label="Note"
          placeholder="A short note"
          maxLength={NOTE_LIMIT}
          disabled={!mark}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onBlur={() => mark && note !== (mark.note ?? '') && void save({ pinned: mark.pinned, note: note || null })}
        />
      </form>
      {mark?.importedFrom && <span className="body-note">Imported from {mark.importedFrom}</span>}
      <button type="button" className="button button-small" title={`Delete this delivery  (${keysLabel('deleteDelivery')}; Undo shows for a few seconds)`} onClick={() => void remove()}>
        Delete
      </button>
      {error && (
        <p className="body-note body-note-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
