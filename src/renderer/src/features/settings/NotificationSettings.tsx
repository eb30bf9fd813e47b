import type { Settings } from '@shared/settings';
import { SettingSwitch } from '../../components/SettingSwitch';
import { useApp } from '../../store/use-app';

/** Desktop only: the browser face has no native notifications to offer, so it shows nothing. */
export function NotificationSettings({ settings }: { settings: Settings }) {
  const saveSettings = useApp((state) => state.settings.saveSettings);
  if (!window.hookbench?.desktop) return null;
  return (
    <section className="settings-section" aria-label="Notification settings">
      <h2>Notifications</h2>
      <SettingSwitch
        name="redInBackground"
        checked={settings.notifications.redInBackground}
        onChange={(redInBackground) => void saveSettings({ notifications: { redInBackground } })}
      >
        Notify me when a delivery goes red while Hookbench is in the background
      </SettingSwitch>
    </section>
  );
}
