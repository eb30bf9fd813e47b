import { useState, type FormEvent } from 'react';
import type { Settings } from '@shared/settings';
import { useApp } from '../../store/use-app';
import { SettingSwitch } from '../../components/SettingSwitch';
import { SaveRow, useSaveStatus } from './SaveRow';
import { StoredSecretField } from './StoredSecretField';

/** Where secrets are kept, in words: encrypted, or for this session only with the reason and the way out. */
function SecretsStorageLine() {
  const secrets = useApp((state) => state.settings.secrets);
  const error = useApp((state) => state.settings.secretsError);
  if (error) return <p className="warning" role="alert">{error}</p>;
  if (!secrets) return null;
  return secrets.storage === 'encrypted' ? (
    <p className="field-hint secrets-storage" data-testid="secrets-storage">
      Secrets are kept encrypted in secrets.json in the data folder, never in plain text.
    </p>
  ) : (
    <p className="warning" role="alert" data-testid="secrets-storage">
      ⚠ Secrets are kept for this session only. {secrets.message}
    </p>
  );
}

/** The receiver's token checks. Tokens are set one by one (Set, Clear); Reject invalid is saved with the section's button. */
export function VerificationSettings({ settings }: { settings: Settings }) {
  const saveSettings = useApp((state) => state.settings.saveSettings);
  const [rejectInvalid, setRejectInvalid] = useState(settings.receiver.rejectInvalid);
  const [saveStatus, setSaveStatus] = useSaveStatus();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaveStatus(await saveSettings({ receiver: { rejectInvalid } }));
  }

  return (
    <form className="settings-section" onSubmit={save} aria-label="Receiver verification">
      <h2>Receiver verification</h2>
      <SecretsStorageLine />
      <StoredSecretField
        name="receiver.secretToken"
        label="Secret token"
        runFlag="--secret-token"
        placeholder="the webhook's Secret token"
        hint="Each delivery's X-Gitlab-Token is checked against it: valid, invalid or missing."
      />
      <StoredSecretField
        name="receiver.signingToken"
        label="Signing token"
        runFlag="--signing-token"
        placeholder="whsec_…"
        hint="The webhook's signing token (whsec_…): each webhook-signature is checked, within 5 minutes."
        check={(value) =>
          value.trim().startsWith('whsec_') ? null : 'A signing token starts with "whsec_", as GitLab shows it once when generated.'
        }
      />
      <SettingSwitch name="rejectInvalid" title="As the Jenkins GitLab plugin does" checked={rejectInvalid} onChange={setRejectInvalid}>
        Reject invalid: answer 401 when a configured check fails
      </SettingSwitch>
      <StoredSecretField
        name="receiver.mockTriggerToken"
        label="Mock trigger token"
        runFlag="--mock-trigger-token"
        placeholder="any token your script or preset sends"
        hint="With a token set, the receiver answers POST /api/v4/projects/:id/trigger/pipeline as GitLab does: 201 with a pipeline for this token, 404 for any other. Try a .gitlab-ci.yml curl line or a Triggers preset against localhost first."
      />
      <SaveRow label="Save verification settings" status={saveStatus} />
    </form>
  );
}
