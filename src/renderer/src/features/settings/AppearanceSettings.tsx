import { useState, type FormEvent } from 'react';
import type { Settings } from '@shared/settings';
import { useApp } from '../../store/use-app';
import { SaveRow, useSaveStatus } from './SaveRow';

type Theme = Settings['appearance']['theme'];

const THEMES: Array<{ id: Theme; label: string }> = [
  { id: 'system', label: 'Follow the system' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

/** Saved like every other section; the theme changes when saved. */
export function AppearanceSettings({ settings }: { settings: Settings }) {
  const saveSettings = useApp((state) => state.settings.saveSettings);
  const [theme, setTheme] = useState<Theme>(settings.appearance.theme);
  const [saveStatus, setSaveStatus] = useSaveStatus();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaveStatus(await saveSettings({ appearance: { theme } }));
  }

  return (
    <form className="settings-section" onSubmit={save} aria-label="Appearance settings">
      <h2>Appearance</h2>
      <div className="radio-group" role="radiogroup" aria-label="Theme">
        {THEMES.map((choice) => (
          <label key={choice.id} className="radio">
            <input type="radio" name="theme" checked={theme === choice.id} onChange={() => setTheme(choice.id)} />
            {choice.label}
          </label>
        ))}
      </div>
      <SaveRow label="Save appearance settings" status={saveStatus} />
    </form>
  );
}
