import { useApp } from '../../store/use-app';
import { AppearanceSettings } from './AppearanceSettings';
import { JenkinsJobTokens } from './JenkinsJobTokens';
import { NotificationSettings } from './NotificationSettings';
import { ReceiverSettings } from './ReceiverSettings';
import { SamplesSettings } from './SamplesSettings';
import { SendingSettings } from './SendingSettings';
import { StorageSettings } from './StorageSettings';
import { VerificationSettings } from './VerificationSettings';
import './settings.css';

export function SettingsScreen() {
  const settings = useApp((state) => state.settings.values);
  const error = useApp((state) => state.settings.settingsError);
  return (
    <div className="settings-screen">
      <div className="settings-column">
        {error && (
          <p className="warning" role="alert">
            {error}
          </p>
        )}
        {settings ? (
          <>
            <ReceiverSettings settings={settings} />
            <VerificationSettings settings={settings} />
            <JenkinsJobTokens />
            <SendingSettings settings={settings} />
            <StorageSettings settings={settings} />
            <SamplesSettings settings={settings} />
            <AppearanceSettings settings={settings} />
            <NotificationSettings settings={settings} />
          </>
        ) : (
          !error && <p className="pane-message">Loading the settings…</p>
        )}
      </div>
    </div>
  );
}
