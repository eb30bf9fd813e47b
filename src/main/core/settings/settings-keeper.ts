import type { Settings, SettingsPatch } from '@shared/settings';
import { loadSettings, mergeSettings, saveSettings } from './settings-file';
import { validateSettingsPatch } from './validate-settings';

export type SettingsOverrides = { host?: string; port?: number; retain?: number };

/**
 * The settings in force: settings.json plus this run's overrides (CLI flags). A change made in the
 * UI is saved to settings.json and wins over the override for the rest of the run.
 */
export class SettingsKeeper {
  private saved: Settings;
  private effective: Settings;
  readonly loadMessage: string | null;

  constructor(
    private readonly dataDir: string,
    overrides: SettingsOverrides,
    private readonly applied: (before: Settings, after: Settings) => Promise<void>,
    private readonly persist: boolean,
  ) {
    const loaded = loadSettings(dataDir);
    this.saved = loaded.settings;
    this.loadMessage = loaded.message;
    this.effective = mergeSettings(
      this.saved,
      validateSettingsPatch({
        receiver: {
          ...(overrides.host !== undefined && { host: overrides.host }),
          ...(overrides.port !== undefined && { port: overrides.port }),
        },
        storage: { ...(overrides.retain !== undefined && { retain: overrides.retain }) },
      }),
    );
  }

  get current(): Settings {
    return this.effective;
  }

  async update(patch: unknown): Promise<Settings> {
    const checked: SettingsPatch = validateSettingsPatch(patch);
    const before = this.effective;
    const savedBefore = this.saved;
    const saved = mergeSettings(this.saved, checked);
    // Saved first: settings that could not be written never silently take effect.
    if (this.persist) saveSettings(this.dataDir, saved);
    this.saved = saved;
    this.effective = mergeSettings(this.effective, checked);
    try {
      await this.applied(before, this.effective);
    } catch (error) {
      // Refused while applying (a port in use): the file and the settings in force stay the working ones.
      if (this.persist) saveSettings(this.dataDir, savedBefore);
      this.saved = savedBefore;
      this.effective = before;
      throw error;
    }
    return this.effective;
  }
}
