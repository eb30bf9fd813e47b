import { useEffect, useState } from 'react';

type Status = 'idle' | 'saved' | 'failed';

/** The outcome of the last save, fading back to nothing after a moment when it succeeded. */
export function useSaveStatus(): [Status, (ok: boolean) => void] {
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    if (status !== 'saved') return;
    const timer = setTimeout(() => setStatus('idle'), 2500);
    return () => clearTimeout(timer);
  }, [status]);
  return [status, (ok) => setStatus(ok ? 'saved' : 'failed')];
}

/** A section's submit button with the outcome of its last save beside it. */
export function SaveRow({ label, status }: { label: string; status: Status }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary">
        {label}
      </button>
      {status !== 'idle' && (
        <span className={status === 'saved' ? 'save-status' : 'save-status save-status-failed'} role="status">
          {status === 'saved' ? 'Saved.' : 'Not saved — see the message at the top.'}
        </span>
      )}
    </div>
  );
}
