import { presetSecretName } from '@shared/trigger-preset';
import { Field } from '../../components/Field';
import type { PresetSecretSpec } from '../../store/trigger-drafts';
import { useApp } from '../../store/use-app';

/**
 * A trigger preset's token: typed masked, kept in memory until the preset is saved, then only in the encrypted store.
 * A saved one shows its masked hint; typing replaces it on the next save.
 */
export function PresetSecretInput({ spec }: { spec: PresetSecretSpec }) {
  const file = useApp((state) => state.triggers.triggerFile);
  const typed = useApp((state) => state.triggers.triggerSecrets[spec.slot] ?? '');
  const savedHint = useApp((state) => (file ? state.settings.secrets?.masked[presetSecretName(file, spec.slot)] : undefined));
  const encrypted = useApp((state) => state.settings.secrets?.storage === 'encrypted');
  const edit = useApp((state) => state.triggers.editTriggerSecret);
  const forget = useApp((state) => state.triggers.forgetSavedTriggerSecret);

  const hint = savedHint ? (
    <>
      {encrypted ? 'Saved, encrypted' : 'Kept for this session only'}: <span className="mono">{savedHint}</span>. Type to
      replace it.{' '}
      <button type="button" className="link-button" onClick={() => void forget(spec.slot)}>
        Forget it
      </button>
    </>
  ) : (
    spec.hint
  );
  return (
    <Field label={spec.label} hint={hint}>
      <input
        name={spec.slot}
        type="password"
        autoComplete="off"
        value={typed}
        placeholder={savedHint ? 'saved' : ''}
        onChange={(event) => edit(spec.slot, event.target.value)}
      />
    </Field>
  );
}
