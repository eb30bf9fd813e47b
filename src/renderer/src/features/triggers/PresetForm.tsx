import { PRESET_FIELD_LABELS, TRIGGER_KIND_LABELS, type TriggerPreset } from '@shared/trigger-preset';
import { Field } from '../../components/Field';
import { SendButton } from '../../components/SendButton';
import { presetSecretSpecs } from '../../store/trigger-drafts';
import { useApp } from '../../store/use-app';
import { GitlabTriggerFields } from './GitlabTriggerFields';
import { JenkinsPluginFields, JenkinsRemoteBuildFields } from './JenkinsFields';
import { ScheduleLine } from './ScheduleLine';
import { PresetSecretInput } from './PresetSecretInput';

function KindFields({ preset }: { preset: TriggerPreset }) {
  switch (preset.kind) {
    case 'gitlab-trigger':
      return <GitlabTriggerFields preset={preset} />;
    case 'jenkins-gitlab-plugin':
      return <JenkinsPluginFields preset={preset} />;
    case 'jenkins-remote-build':
      return <JenkinsRemoteBuildFields preset={preset} />;
  }
}

/** The selected preset: where and what to send, its secrets, its schedule, and the actions. */
export function PresetForm({ preset }: { preset: TriggerPreset }) {
  const file = useApp((state) => state.triggers.triggerFile);
  const status = useApp((state) => state.triggers.triggerStatus);
  const edit = useApp((state) => state.triggers.editTriggerDraft);
  const save = useApp((state) => state.triggers.saveTriggerDraft);
  const remove = useApp((state) => state.triggers.deleteTriggerPreset);
  const send = useApp((state) => state.triggers.sendTriggerDraft);

  return (
    <form
      className="preset-form"
      aria-label="Preset"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <header className="preset-form-header">
        <h2>{TRIGGER_KIND_LABELS[preset.kind]}</h2>
        {file && <span className="muted mono">{file}</span>}
      </header>
      <Field label={PRESET_FIELD_LABELS.name} hint="Also names the preset's file, beside your saved samples.">
        <input name="name" type="text" value={preset.name} onChange={(event) => edit({ name: event.target.value })} />
      </Field>
      <KindFields preset={preset} />
      {presetSecretSpecs(preset).map((spec) => (
        <PresetSecretInput key={spec.slot} spec={spec} />
      ))}
      <ScheduleLine />
      <div className="form-actions">
        <SendButton sending={status === 'sending'} disabled={status !== 'idle'} />
        <span className="toolbar-spacer" />
        <button type="button" className="button" disabled={status !== 'idle'} onClick={() => void save()}>
          {status === 'saving' ? 'Saving…' : 'Save preset'}
        </button>
        {file && (
          <button type="button" className="button button-danger-outline" onClick={() => void remove()}>
            Delete
          </button>
        )}
      </div>
    </form>
  );
}
