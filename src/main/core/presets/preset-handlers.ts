import type { ContractHandlers } from '@shared/contract';
import { UserError } from '@shared/user-error';
import type { TriggerPresets } from './trigger-presets';

type PresetMethods = 'listTriggerPresets' | 'readTriggerPreset' | 'saveTriggerPreset' | 'deleteTriggerPreset';

function presetFile(file: unknown, action: string): string {
  if (typeof file !== 'string') throw new UserError(`Name the preset file to ${action}.`);
  return file;
}

/**
 * The contract's preset methods; arguments arrive untyped from IPC and HTTP. A deleted preset's secrets are
 * forgotten with it (`forgetSecrets`), so a later preset saved under the same file name does not inherit them.
 */
export function createPresetHandlers(presets: TriggerPresets, forgetSecrets: (file: string) => void): Pick<ContractHandlers, PresetMethods> {
  return {
    listTriggerPresets: () => presets.list(),
    readTriggerPreset: (file) => presets.read(presetFile(file, 'read')),
    saveTriggerPreset: (preset, file, overwrite) =>
      presets.save(preset, file == null ? null : presetFile(file, 'save to'), overwrite === true),
    deleteTriggerPreset: (file) => {
      presets.delete(presetFile(file, 'delete'));
      forgetSecrets(file as string);
    },
  };
}
