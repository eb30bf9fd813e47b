import { useState, type FormEvent } from 'react';
import type { Settings } from '@shared/settings';
import { CopyButton } from '../../components/CopyButton';
import { Field } from '../../components/Field';
import { useApp } from '../../store/use-app';
import { SaveRow, useSaveStatus } from './SaveRow';

export function StorageSettings({ settings }: { settings: Settings }) {
  const storage = useApp((state) => state.connection.storage);
  const saveSettings = useApp((state) => state.settings.saveSettings);
  const [retain, setRetain] = useState(String(settings.storage.retain));
  const [error, setError] = useState<string>();
  const [saveStatus, setSaveStatus] = useSaveStatus();

  async function save(event: FormEvent) {
    event.preventDefault();
    const value = Number(retain.trim());
    if (retain.trim() === '' || !Number.isInteger(value) || value < 0) {
      setError('Enter a whole number: how many of the newest deliveries to keep (0 keeps everything).');
      return;
    }
    setError(undefined);
    setSaveStatus(await saveSettings({ storage: { retain: value } }));
  }

  return (
    <form className="settings-section" onSubmit={save} aria-label="Storage settings">
      <h2>Storage</h2>
      <div className="field">
        <span className="field-label">Data folder</span>
        <div className="copy-line">
          <code className="mono">{storage?.dataDir ?? '…'}</code>
          {storage && <CopyButton text={storage.dataDir} label="Copy path" />}
        </div>
        {storage?.status === 'in-memory' && (
          <p className="warning">Started with --in-memory: deliveries are kept in memory only and are lost when Hookbench stops.</p>
        )}
      </div>
      <Field label="Keep the newest" error={error} hint="Older deliveries are deleted as new ones arrive. 0 keeps everything.">
        <input value={retain} onChange={(event) => setRetain(event.target.value)} inputMode="numeric" name="retain" />
      </Field>
      <SaveRow label="Save storage settings" status={saveStatus} />
      <ClearAllDeliveries />
    </form>
  );
}

function ClearAllDeliveries() {
  const total = useApp((state) => state.connection.counts.total);
  const clearAllDeliveries = useApp((state) => state.connection.clearAllDeliveries);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);

  async function clear() {
    setConfirming(false);
    setDone(await clearAllDeliveries());
  }

  return (
    <div className="danger-zone">
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm clearing all deliveries">
          <p>
            Delete all {total.toLocaleString()} stored deliveries, with their bodies? This cannot be undone.
          </p>
          <button type="button" className="button button-danger" onClick={clear}>
            Delete all deliveries
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <>
          <button type="button" className="button button-danger-outline" onClick={() => setConfirming(true)} disabled={total === 0}>
            Clear all deliveries…
          </button>
          {done && total === 0 && <span className="save-status">All deliveries were deleted.</span>}
        </>
      )}
    </div>
  );
}
