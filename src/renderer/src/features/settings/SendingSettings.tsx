import { useState, type FormEvent } from 'react';
import type { Settings } from '@shared/settings';
import { Field } from '../../components/Field';
import { useApp } from '../../store/use-app';
import { SaveRow, useSaveStatus } from './SaveRow';
import { sendingDraftFrom, sendingPatchFrom, type SendingDraft, type SendingErrors } from './sending-form';

/** What Compose, replays and triggers send as: the instance and version in GitLab's headers, the timeout, TLS checks. */
export function SendingSettings({ settings }: { settings: Settings }) {
  const saveSettings = useApp((state) => state.settings.saveSettings);
  const [draft, setDraft] = useState<SendingDraft>(() => sendingDraftFrom(settings));
  const [errors, setErrors] = useState<SendingErrors>({});
  const [saveStatus, setSaveStatus] = useSaveStatus();

  const edit = (field: 'gitlabUrl' | 'gitlabVersion' | 'timeoutSeconds') => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: event.target.value });

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = sendingPatchFrom(draft);
    if ('errors' in result) return setErrors(result.errors);
    setErrors({});
    setSaveStatus(await saveSettings({ sending: result.patch }));
  }

  return (
    <form className="settings-section" onSubmit={save} aria-label="Sending settings">
      <h2>Sending</h2>
      <Field label="GitLab URL" error={errors.gitlabUrl} hint="Sent as X-Gitlab-Instance, and used for the links inside generated samples.">
        <input value={draft.gitlabUrl} onChange={edit('gitlabUrl')} spellCheck={false} name="gitlabUrl" />
      </Field>
      <div className="field-row">
        <Field label="GitLab version" error={errors.gitlabVersion} hint="Sent as User-Agent: GitLab/<version>.">
          <input value={draft.gitlabVersion} onChange={edit('gitlabVersion')} spellCheck={false} name="gitlabVersion" />
        </Field>
        <Field label="Request timeout (s)" error={errors.timeoutSeconds} hint="GitLab gives up after 10 s unless an admin changed it.">
          <input value={draft.timeoutSeconds} onChange={edit('timeoutSeconds')} inputMode="decimal" name="timeoutSeconds" />
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" name="verifyTls" checked={draft.verifyTls} onChange={(event) => setDraft({ ...draft, verifyTls: event.target.checked })} />
        Verify TLS certificates (off accepts self-signed targets, as GitLab's "Enable SSL verification" unticked)
      </label>
      <SaveRow label="Save sending settings" status={saveStatus} />
    </form>
  );
}
