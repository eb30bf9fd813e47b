import { defaultSettings } from '@shared/settings';
import { Field } from '../../components/Field';
import { HeaderRows } from '../../components/HeaderRows';
import { SendButton } from '../../components/SendButton';
import { TargetUrlField } from '../../components/TargetUrlField';
import { useApp } from '../../store/use-app';
import { HeadersPreview } from './HeadersPreview';

/** Masked: they are secrets, typed per session and never stored. */
const TOKEN_FIELDS = [
  { field: 'secretToken', label: 'Secret token', hint: 'Sent as X-Gitlab-Token.' },
  { field: 'signingToken', label: 'Signing token', hint: 'whsec_…: signs webhook-signature as GitLab does.' },
] as const;

/** Headers sent on top of GitLab's, as a GitLab webhook's custom headers are; one named like GitLab's replaces it. */
function CustomHeaders() {
  const rows = useApp((state) => state.compose.draft.headers);
  const add = useApp((state) => state.compose.addCustomHeader);
  const edit = useApp((state) => state.compose.editCustomHeader);
  const remove = useApp((state) => state.compose.removeCustomHeader);
  const resending = useApp((state) => state.compose.draft.resendOf !== null);
  return (
    <HeaderRows
      mode="editable"
      // A resend sends the delivery's own headers, all of them, rather than GitLab's plus custom ones.
      legend={resending ? "The delivery's headers" : 'Custom headers'}
      itemName="Header"
      nameWord="name"
      rows={rows.map((row) => [row.name, row.value])}
      rowKeys={rows.map((row) => row.key)}
      onAdd={() => add()}
      onEdit={(index, [name, value]) => edit(rows[index].key, { name, value })}
      onRemove={(index) => remove(rows[index].key)}
    />
  );
}

/** Where the payload goes and with what credentials; GitLab's own headers are added by the core. */
export function TargetForm() {
  const compose = useApp((state) => state.compose.draft);
  const recentTargets = useApp((state) => state.compose.recentTargets);
  const settingsVerifyTls = useApp((state) => state.settings.values?.sending.verifyTls ?? defaultSettings.sending.verifyTls);
  const status = useApp((state) => state.compose.composeStatus);
  const edit = useApp((state) => state.compose.editCompose);
  const send = useApp((state) => state.compose.sendCompose);

  return (
    <form
      className="target-form"
      aria-label="Where to send"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <TargetUrlField
        label="Target URL"
        hint="Your receiver. user:pass@ in the URL becomes Basic auth, as in GitLab."
        name="target"
        value={compose.target}
        placeholder="http://127.0.0.1:8080/webhook"
        recent={recentTargets}
        onChange={(target) => edit({ target })}
      />
      {TOKEN_FIELDS.map(({ field, label, hint }) => (
        <Field key={field} label={label} hint={hint}>
          <input
            name={field}
            type="password"
            autoComplete="off"
            value={compose[field]}
            onChange={(event) => edit({ [field]: event.target.value })}
          />
        </Field>
      ))}
      <CustomHeaders />
      <label className="switch" title="Off accepts self-signed and expired certificates, like GitLab's per-hook switch">
        <input
          type="checkbox"
          name="verifyTls"
          checked={compose.verifyTls ?? settingsVerifyTls}
          onChange={(event) => edit({ verifyTls: event.target.checked })}
        />
        <span className="switch-track switch-track-accent" aria-hidden="true" />
        Verify TLS
      </label>
      <div className="form-actions">
        <SendButton sending={status === 'sending'} disabled={status !== 'idle'} />
      </div>
      {/* Below Send, so that a long list never pushes the button out of sight. */}
      <HeadersPreview />
    </form>
  );
}
