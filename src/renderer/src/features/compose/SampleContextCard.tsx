import { Field } from '../../components/Field';
import type { SampleContextDraft } from '../../store/sample-context-draft';
import { useApp } from '../../store/use-app';

const FIELDS: ReadonlyArray<{ field: keyof SampleContextDraft; label: string; numeric?: boolean }> = [
  { field: 'gitlabUrl', label: 'GitLab URL' },
  { field: 'projectId', label: 'Project id', numeric: true },
  { field: 'projectPath', label: 'Project path' },
  { field: 'userName', label: 'User name' },
  { field: 'userUsername', label: 'Username' },
  { field: 'userEmail', label: 'Email' },
  { field: 'defaultBranch', label: 'Default branch' },
  { field: 'commitCount', label: 'Commits per push', numeric: true },
];

/** The project and person every sample describes, so successive samples agree with each other. */
export function SampleContextCard() {
  const draft = useApp((state) => state.compose.sampleContext);
  const errors = useApp((state) => state.compose.sampleContextErrors);
  const edit = useApp((state) => state.compose.editSampleContext);
  const instanceUrl = useApp((state) => state.settings.values?.sending.gitlabUrl ?? '');

  return (
    <details className="context-card">
      <summary>Sample context</summary>
      <p className="field-hint">Shared by every sample. Regenerate to apply a change.</p>
      {FIELDS.map(({ field, label, numeric }) => (
        <Field key={field} label={label} error={errors[field]}>
          <input
            name={`context-${field}`}
            value={draft[field]}
            placeholder={field === 'gitlabUrl' ? instanceUrl : undefined}
            inputMode={numeric ? 'numeric' : undefined}
            spellCheck={false}
            onChange={(event) => edit({ [field]: event.target.value })}
          />
        </Field>
      ))}
    </details>
  );
}
