import { findGitlabEvent, GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import type { JenkinsPluginPreset, JenkinsRemoteBuildPreset } from '@shared/trigger-preset';
import { Field } from '../../components/Field';
import { HeaderRows } from '../../components/HeaderRows';
import { pairListEdits } from '../../components/pair-list';
import { useApp } from '../../store/use-app';
import { PRESET_FIELD_LABELS } from '@shared/trigger-preset';

function JenkinsLocation({ preset, jobHint }: { preset: JenkinsPluginPreset | JenkinsRemoteBuildPreset; jobHint: string }) {
  const edit = useApp((state) => state.triggers.editTriggerDraft);
  return (
    <div className="field-row">
      <Field label="Jenkins URL">
        <input name="baseUrl" type="text" spellCheck={false} value={preset.baseUrl} onChange={(event) => edit({ baseUrl: event.target.value })} />
      </Field>
      <Field label={PRESET_FIELD_LABELS.jobPath} hint={jobHint}>
        <input name="jobPath" type="text" spellCheck={false} value={preset.jobPath} onChange={(event) => edit({ jobPath: event.target.value })} />
      </Field>
    </div>
  );
}

function JenkinsUser({ preset }: { preset: JenkinsPluginPreset | JenkinsRemoteBuildPreset }) {
  const edit = useApp((state) => state.triggers.editTriggerDraft);
  return (
    <Field label={PRESET_FIELD_LABELS.user} hint="Sent with the API token as Basic auth.">
      <input name="user" type="text" spellCheck={false} value={preset.user} onChange={(event) => edit({ user: event.target.value })} />
    </Field>
  );
}

/** The jenkinsci/gitlab-plugin endpoint, fed a webhook exactly as GitLab sends one. */
export function JenkinsPluginFields({ preset }: { preset: JenkinsPluginPreset }) {
  const edit = useApp((state) => state.triggers.editTriggerDraft);
  const event = findGitlabEvent(preset.event);
  return (
    <>
      <JenkinsLocation preset={preset} jobHint="Sent to /project/JOB; folders as FOLDER/JOB." />
      <Field label={PRESET_FIELD_LABELS.auth}>
        <select name="auth" value={preset.auth} onChange={(e) => edit({ auth: e.target.value as JenkinsPluginPreset['auth'] })}>
          <option value="secret-token">The job's Secret Token (X-Gitlab-Token)</option>
          <option value="api-token">A user and API token (global authentication)</option>
          <option value="none">None</option>
        </select>
      </Field>
      {preset.auth === 'api-token' && <JenkinsUser preset={preset} />}
      <div className="field-row">
        <Field label={PRESET_FIELD_LABELS.event} hint="The plugin acts on Push, Tag Push, Merge Request, Note and Pipeline hooks.">
          <select name="event" value={preset.event} onChange={(e) => edit({ event: e.target.value, variant: null })}>
            {GITLAB_EVENTS.map((candidate) => (
              <option key={candidate.id} value={candidate.header}>
                {candidate.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={PRESET_FIELD_LABELS.variant} hint="A fresh sample is generated at each send.">
          <select name="variant" value={preset.variant ?? ''} onChange={(e) => edit({ variant: e.target.value || null })}>
            {event?.variants.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </>
  );
}

/** Jenkins core's "Trigger builds remotely". */
export function JenkinsRemoteBuildFields({ preset }: { preset: JenkinsRemoteBuildPreset }) {
  const edit = useApp((state) => state.triggers.editTriggerDraft);
  return (
    <>
      <JenkinsLocation preset={preset} jobHint="Sent to /job/NAME; folders as FOLDER/NAME." />
      <HeaderRows
        mode="editable"
        legend="Parameters (sent to /buildWithParameters)"
        itemName="Parameter"
        nameWord="key"
        rows={preset.parameters}
        {...pairListEdits(preset.parameters, (parameters) => edit({ parameters }))}
      />
      <JenkinsUser preset={preset} />
    </>
  );
}
