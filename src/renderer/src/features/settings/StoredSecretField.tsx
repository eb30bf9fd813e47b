import { useId, useState, type KeyboardEvent } from 'react';
import type { SecretName } from '@shared/secrets';
import { useClient } from '../../api/use-client';
import { errorReason } from '../../store/describe-error';
import { useApp } from '../../store/use-app';

interface StoredSecretFieldProps {
  name: SecretName;
  label: string;
  hint: string;
  placeholder: string;
  /** A quick check in the window, for mistakes worth saying at once; the core checks everything again. */
  check?: (value: string) => string | null;
  /** The command-line flag that can give this token for a run (and then wins over the one saved here). */
  runFlag?: string;
}

/**
 * One of the secrets kept in the secret store (the receiver's tokens): its masked hint when set (click to reveal,
 * click again to hide), a masked input to set or replace it, and Clear. It is saved at once, apart from any form;
 * the value is fetched only on reveal and forgotten when hidden or replaced.
 */
export function StoredSecretField({ name, label, hint, placeholder, check, runFlag }: StoredSecretFieldProps) {
  const masked = useApp((state) => state.settings.secrets?.masked[name] ?? null);
  const fromRun = useApp((state) => (state.settings.secrets?.setForThisRun ?? []).some((given) => given === name));
  const saveSecret = useApp((state) => state.settings.saveSecret);
  const client = useClient();
  const [typed, setTyped] = useState('');
  const [revealed, setRevealed] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function save(value: string | null) {
    const refusal = (value !== null && check?.(value)) || (await saveSecret(name, value));
    setError(refusal);
    if (refusal) return;
    setTyped('');
    setRevealed(null);
  }

  async function toggleReveal() {
    if (revealed !== null) return setRevealed(null);
    try {
      setRevealed(await client.revealSecret(name));
    } catch (reason) {
      setError(errorReason(reason));
    }
  }

  // The field sits in a settings column of its own, so Enter sets the secret rather than submitting anything else.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (typed) void save(typed);
  };

  return (
    <div className={error ? 'field field-invalid' : 'field'} role="group" aria-labelledby={`${id}-label`}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <div className="secret-current">
        {masked ? (
          <>
            <button
              type="button"
              className="secret-value mono"
              onClick={() => void toggleReveal()}
              title={revealed === null ? 'Click to reveal' : 'Click to hide'}
              aria-label={revealed === null ? `Reveal the ${label.toLowerCase()}` : `Hide the ${label.toLowerCase()}`}
            >
              {revealed ?? masked}
            </button>
            <button type="button" className="button button-small" onClick={() => void save(null)}>
              Clear
            </button>
          </>
        ) : (
          !fromRun && <span className="muted">Not set</span>
        )}
      </div>
      {fromRun && (
        <p className="secret-from-run" data-testid="secret-from-run">
          ✓ Active for this run: given with {runFlag ?? 'a command-line flag'} when Hookbench started, it is the one checked
          {masked ? ', not the one saved here' : ''}.
        </p>
      )}
      <div className="secret-input">
        <input
          id={id}
          type="password"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={masked ? `Replace: ${placeholder}` : placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-label={`New ${label.toLowerCase()}`}
        />
        <button type="button" className="button" onClick={() => void save(typed)} disabled={!typed}>
          Set
        </button>
      </div>
      {error ? <span className="field-error">{error}</span> : <span className="field-hint">{hint}</span>}
    </div>
  );
}
