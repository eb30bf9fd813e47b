import type { PayloadSerialization } from '@shared/gitlab-json';
import { useApp } from '../../store/use-app';

const CHOICES: ReadonlyArray<{ value: PayloadSerialization; label: string }> = [
  { value: 'gitlab', label: "GitLab's compact JSON" },
  { value: 'as-typed', label: 'The text as typed' },
];

/** How the payload becomes the body: GitLab's bytes (whitespace gone, <>& escaped), or the editor's text exactly. */
export function SendAsChoice() {
  const serialization = useApp((state) => state.compose.draft.serialization);
  const binary = useApp((state) => state.compose.draft.bodyIsBinary);
  const edit = useApp((state) => state.compose.editCompose);
  if (binary) return null;
  return (
    <label className="send-as" title="GitLab sends compact JSON with <, > and & escaped as \u003c, \u003e and \u0026; numbers stay as typed">
      Send as
      <select
        name="serialization"
        value={serialization}
        onChange={(event) => edit({ serialization: event.target.value as PayloadSerialization })}
      >
        {CHOICES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
