import { useState, type FormEvent } from 'react';
import { isLoopbackHost, type Settings } from '@shared/settings';
import { Field } from '../../components/Field';
import { useApp } from '../../store/use-app';
import { receiverDraftFrom, receiverPatchFrom, type ReceiverDraft, type ReceiverErrors } from './receiver-form';
import { SaveRow, useSaveStatus } from './SaveRow';

export function ReceiverSettings({ settings }: { settings: Settings }) {
  const saveSettings = useApp((state) => state.settings.saveSettings);
  const [draft, setDraft] = useState<ReceiverDraft>(() => receiverDraftFrom(settings));
  const [errors, setErrors] = useState<ReceiverErrors>({});
  const [saveStatus, setSaveStatus] = useSaveStatus();

  const edit = (field: keyof ReceiverDraft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: event.target.value });

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = receiverPatchFrom(draft, settings.receiver);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaveStatus(await saveSettings(result.patch));
  }

  const exposed = draft.host.trim() !== '' && !isLoopbackHost(draft.host.trim());
  return (
    <form className="settings-section" onSubmit={save} aria-label="Receiver settings">
      <h2>Receiver</h2>
      <div className="field-row">
        <Field
          label="Host"
          error={errors.host}
          hint={exposed ? undefined : 'Loopback: only this machine can send hooks here.'}
        >
          <input value={draft.host} onChange={edit('host')} spellCheck={false} name="host" />
        </Field>
        <Field label="Port" error={errors.port} hint="0 picks a free port.">
          <input value={draft.port} onChange={edit('port')} inputMode="numeric" name="port" />
        </Field>
      </div>
      {exposed && (
        <p className="warning" role="alert">
          ⚠ {draft.host.trim()} is not a loopback address: other machines on your network will be able to send to
          this receiver. Use it only when GitLab runs on another machine.
        </p>
      )}
      <h3>Default response</h3>
      <div className="field-row">
        <Field label="Status" error={errors.status} hint="GitLab shows 200–299 as green, anything else as red.">
          <input value={draft.status} onChange={edit('status')} inputMode="numeric" name="status" />
        </Field>
        <Field label="Delay (ms)" error={errors.delayMs} hint="GitLab gives up after 10 s by default.">
          <input value={draft.delayMs} onChange={edit('delayMs')} inputMode="numeric" name="delayMs" />
        </Field>
      </div>
      <Field label="Headers" error={errors.headers} hint="One per line, as Name: value.">
        <textarea value={draft.headers} onChange={edit('headers')} rows={3} spellCheck={false} className="mono" name="headers" />
      </Field>
      <Field label="Body">
        <textarea value={draft.body} onChange={edit('body')} rows={3} spellCheck={false} className="mono" name="body" />
      </Field>
      <Field
        label="Body limit (MB)"
        error={errors.bodyLimitMb}
        hint="Larger bodies are answered 413 and listed without their bytes. GitLab's own limit is 25 MB."
      >
        <input value={draft.bodyLimitMb} onChange={edit('bodyLimitMb')} inputMode="decimal" name="bodyLimitMb" />
      </Field>
      <SaveRow label="Save receiver settings" status={saveStatus} />
    </form>
  );
}
