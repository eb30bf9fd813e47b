import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings, type Settings, type SettingsPatch } from '@shared/settings';
import { validateSettingsPatch } from './validate-settings';

export const SETTINGS_FILE = 'settings.json';

export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  return {
    receiver: { ...base.receiver, ...patch.receiver },
    storage: { ...base.storage, ...patch.storage },
    samples: { ...base.samples, ...patch.samples },
    sending: { ...base.sending, ...patch.sending },
    appearance: { ...base.appearance, ...patch.appearance },
    notifications: { ...base.notifications, ...patch.notifications },
    inbox: { ...base.inbox, ...patch.inbox },
  };
}

/** settings.json in the data dir: unreadable or invalid content falls back to the defaults and says so. */
export function loadSettings(dataDir: string): { settings: Settings; message: string | null } {
  let text: string;
  try {
    text = readFileSync(join(dataDir, SETTINGS_FILE), 'utf8');
  } catch {
    return { settings: defaultSettings, message: null };
  }
  try {
    return { settings: mergeSettings(defaultSettings, validateSettingsPatch(JSON.parse(text))), message: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      settings: defaultSettings,
      message: `${join(dataDir, SETTINGS_FILE)} could not be used (${reason}); the defaults apply until you save settings.`,
    };
  }
}

/** Written whole through a temporary file, so a crash never leaves half a settings file. */
export function saveSettings(dataDir: string, settings: Settings): void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, SETTINGS_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(settings, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}
