interface CaseChoiceProps<T extends string> {
  label: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  /** None chosen means all. */
  chosen: readonly T[];
  onChange(chosen: T[]): void;
}

/** A folded list of checkboxes whose summary says what is chosen: "all" until the user narrows it. */
export function CaseChoice<T extends string>({ label, options, chosen, onChange }: CaseChoiceProps<T>) {
  const toggle = (value: T, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((each) => each !== value));
  return (
    <details className="case-choice">
      <summary>
        {label}: {chosen.length === 0 ? 'all' : chosen.length <= 3 ? options.filter((option) => chosen.includes(option.value)).map((option) => option.label).join(', ') : `${chosen.length} of ${options.length}`}
      </summary>
      <fieldset aria-label={label}>
        {chosen.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            All {label.toLowerCase()}
          </button>
        )}
        {options.map((option) => (
          <label key={option.value} className="case-choice-option">
            <input type="checkbox" checked={chosen.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
