import type { Settings } from '@shared/settings';
import { useApp } from '../../store/use-app';

type Theme = Settings['appearance']['theme'];

const THEMES: Array<{ id: Theme; label: string }> = [
  { id: 'system', label: 'Follow the system' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

/** The theme applies the moment it is picked: there is nothing to confirm. */
export function AppearanceSettings({ settings }: { settings: Settings }) {
  const saveSettings = useApp((state) => state.saveSettings);
  return (
    <section className="settings-section" aria-label="Appearance settings">
      <h2>Appearance</h2>
      <div className="radio-group" role="radiogroup" aria-label="Theme">
        {THEMES.map((theme) => (
          <label key={theme.id} className="radio">
            <input
              type="radio"
              name="theme"
              checked={settings.appearance.theme === theme.id}
              onChange={() => void saveSettings({ appearance: { theme: theme.id } })}
            />
            {theme.label}
          </label>
        ))}
      </div>
    </section>
  );
}
