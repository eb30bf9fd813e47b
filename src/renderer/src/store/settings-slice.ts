import type { Settings, SettingsPatch } from '@shared/settings';
import { describeError, errorReason } from './describe-error';
import type { SliceCreator } from './types';

export interface SettingsSlice {
  /** The core's settings as last loaded or saved. */
  values: Settings | null;
  settingsError: string | null;
  loadSettings(): Promise<void>;
  /** Resolves true when the core accepted the patch. */
  saveSettings(patch: SettingsPatch): Promise<boolean>;
}

export const createSettingsSlice: SliceCreator<'settings', SettingsSlice, 'connection'> = ({ set, get, client }) => ({
  values: null,
  settingsError: null,
  async loadSettings() {
    try {
      set({ values: await client.getSettings(), settingsError: null });
    } catch (error) {
      set({ settingsError: describeError('load the settings', error) });
    }
  },
  async saveSettings(patch) {
    try {
      set({ values: await client.updateSettings(patch), settingsError: null });
      get().connection.setStorage(await client.getStorageState());
      return true;
    } catch (error) {
      // A refusal (a port in use) is the core's own words; a lost core is already shown by the connection banner.
      set({ settingsError: `Not saved: ${errorReason(error)}` });
      return false;
    }
  },
});
