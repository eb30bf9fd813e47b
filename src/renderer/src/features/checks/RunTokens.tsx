import { useApp } from '../../store/use-app';

export interface TokenChoice {
  /** `stored`: the secret store's, as the receiver settings keep them; `typed`: given for this run only. */
  source: 'stored' | 'typed';
  secretToken: string;
  signingToken: string;
}

const TOKENS = [
  { field: 'secretToken', secret: 'receiver.secretToken', label: 'Secret token' },
  { field: 'signingToken', secret: 'receiver.signingToken', label: 'Signing token' },
] as const;

/**
 * The tokens the receiver expects, so the wrong-token and signature cases can fail. Typed ones are masked and kept
 * for this run only; the stored ones never come to the window, only their masked hints.
 */
export function RunTokens({ choice, onChange }: { choice: TokenChoice; onChange(choice: TokenChoice): void }) {
  const masked = useApp((state) => state.settings.secrets?.masked ?? {});
  return (
    <fieldset className="run-tokens">
      <legend className="field-label">The receiver's tokens</legend>
      <label className="run-tokens-source">
        <input type="radio" name="tokenSource" checked={choice.source === 'stored'} onChange={() => onChange({ ...choice, source: 'stored' })} />
        The ones in Settings:{' '}
        {TOKENS.map(({ secret, label }) => `${label.toLowerCase()} ${masked[secret] ?? 'not set'}`).join(', ')}
      </label>
      <label className="run-tokens-source">
        <input type="radio" name="tokenSource" checked={choice.source === 'typed'} onChange={() => onChange({ ...choice, source: 'typed' })} />
        Typed for this run
      </label>
      {choice.source === 'typed' &&
        TOKENS.map(({ field, label }) => (
          <label key={field} className="field">
            <span className="field-label">{label}</span>
            <input
              name={field}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={choice[field]}
              onChange={(event) => onChange({ ...choice, [field]: event.target.value })}
            />
          </label>
        ))}
      <span className="field-hint">Without a token, the cases that need it are reported, not failed.</span>
    </fieldset>
  );
}
