import { Field } from './Field';

interface TargetUrlFieldProps {
  label: string;
  hint: string;
  name: string;
  value: string;
  placeholder: string;
  /** Offered as the user types: where they sent before. */
  recent: readonly string[];
  onChange(value: string): void;
}

/** A receiver URL with the places sent to before offered as it is typed. */
export function TargetUrlField({ label, hint, name, value, placeholder, recent, onChange }: TargetUrlFieldProps) {
  const listId = `${name}-recent`;
  return (
    <>
      <Field label={label} hint={hint}>
        <input name={name} type="text" list={listId} value={value} placeholder={placeholder} spellCheck={false} onChange={(event) => onChange(event.target.value)} />
      </Field>
      <datalist id={listId}>
        {recent.map((url) => (
          <option key={url} value={url} />
        ))}
      </datalist>
    </>
  );
}
