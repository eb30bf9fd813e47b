import type { GitlabTriggerEncoding, GitlabTriggerPreset } from '@shared/trigger-preset';
import { Field } from '../../components/Field';
import { HeaderRows } from '../../components/HeaderRows';
import { pairListEdits } from '../../components/pair-list';
import { useApp } from '../../store/use-app';
import { PRESET_FIELD_LABELS } from '@shared/trigger-preset';

const ENCODINGS: Array<{ value: GitlabTriggerEncoding; label: string }> = [
  { value: 'form', label: 'Multipart form (curl --form, as in GitLab’s docs)' },
  { value: 'query', label: 'Query string' },
  { value: 'json', label: 'JSON body' },
  { value: 'ref-in-url', label: 'Ref in the URL (the webhook form)' },
];

/** GitLab's pipeline trigger API: POST /api/v4/projects/:id/trigger/pipeline. */
export function GitlabTriggerFields({ preset }: { preset: GitlabTriggerPreset }) {
  const edit = useApp((state) => state.triggers.editTriggerDraft);
  return (
    <>
      <Field label="GitLab URL" hint="The instance, without /api/v4.">
        <input name="baseUrl" type="text" spellCheck={false} value={preset.baseUrl} onChange={(event) => edit({ baseUrl: event.target.value })} />
      </Field>
      <div className="field-row">
        <Field label={PRESET_FIELD_LABELS.project} hint="Numeric id or full path (group/project).">
          <input name="project" type="text" spellCheck={false} value={preset.project} onChange={(event) => edit({ project: event.target.value })} />
        </Field>
        <Field label={PRESET_FIELD_LABELS.ref} hint="A branch or tag; GitLab does not accept a commit SHA.">
          <input name="ref" type="text" spellCheck={false} value={preset.ref} onChange={(event) => edit({ ref: event.target.value })} />
        </Field>
      </div>
      <Field label={PRESET_FIELD_LABELS.encoding}>
        <select name="encoding" value={preset.encoding} onChange={(event) => edit({ encoding: event.target.value as GitlabTriggerEncoding })}>
          {ENCODINGS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <HeaderRows mode="editable" legend="Variables" itemName="Variable" nameWord="key" rows={preset.variables}
        {...pairListEdits(preset.variables, (variables) => edit({ variables }))} />
      <HeaderRows mode="editable" legend="Inputs" itemName="Input" nameWord="key" rows={preset.inputs}
        {...pairListEdits(preset.inputs, (inputs) => edit({ inputs }))} />
    </>
  );
}
