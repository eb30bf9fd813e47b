import { useApp } from '../../store/use-app';

const TOKENS = [
  { field: 'secretToken', secret: 'receiver.secretToken', label: 'Secret token' },
  { field: 'signingToken', secret: 'receiver.signingToken', label: 'Signing token' },
] as const;

/**
 * The tokens the receiver expects, so the wrong-token and signature cases can fail. Typed ones are masked and kept
 * in this window only; the stored ones never come to the window, only their masked hints.
 */
export function RunTokens() {
  const masked = useApp((state) => state.settings.secrets?.masked ?? {});
  const draft = useApp((state) => state.checks.checkDraft);
  const edit = useApp((state) => state.checks.editCheckDraft);
  return (
    <fieldset className="run-tokens">
      <legend className="field-label">The receiver's tokens</legend>
      <label className="run-tokens-source">
        <input type="radio" name="tokenSource" checked={draft.tokenSource === 'stored'} onChange={() => edit({ tokenSource: 'stored' })} />
        The ones in Settings: {TOKENS.map(({ secret, label }) => `${label.toLowerCase()} ${masked[secret] ?? 'not set'}`).join(', ')}
      </label>
      <label className="run-tokens-source">
        <input type="radio" name="tokenSource" checked={draft.tokenSource === 'typed'} onChange={() => edit({ tokenSource: 'typed' })} />
        Typed for this run
      </label>
      {draft.tokenSource === 'typed' &&
        TOKENS.map(({ field, label }) => (
          <label key={field} className="field">
            <span className="field-label">{label}</span>
            <input
              name={field}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={draft[field]}
              onChange={(event) => edit({ [field]: event.target.value })}
            />
          </label>
        ))}
      <span className="field-hint">Without a token, the cases that need it are reported, not failed.</span>
    </fieldset>
  );
}
