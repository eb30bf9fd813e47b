import type { TriggerRequest } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import { defaultSettings } from '@shared/settings';
import {
  presetSecretName,
  type GitlabTriggerPreset,
  type JenkinsPluginPreset,
  type JenkinsRemoteBuildPreset,
  type SecretSlot,
  type TriggerExplanation,
  type TriggerKind,
  type TriggerPreset,
  type TriggerPresetEntry,
  type TriggerPreview,
} from '@shared/trigger-preset';
import { errorReason } from './describe-error';
import { newPreset } from './trigger-drafts';
import type { SliceCreator } from './types';

export interface TriggerResult {
  detail: DeliveryDetail;
  explanation: TriggerExplanation;
}

export type PresetPatch = Partial<GitlabTriggerPreset> | Partial<JenkinsPluginPreset> | Partial<JenkinsRemoteBuildPreset>;

export interface TriggersSlice {
  triggerFolder: string | null;
  triggerEntries: TriggerPresetEntry[];
  /** The file being edited; null while the preset has not been saved. */
  triggerFile: string | null;
  triggerDraft: TriggerPreset | null;
  /** Secrets typed since the last save: in memory only until saved into the encrypted store. */
  triggerSecrets: Partial<Record<SecretSlot, string>>;
  triggerPreview: TriggerPreview | null;
  /** Why there is no preview (an incomplete form), in words. */
  triggerPreviewProblem: string | null;
  triggerReveal: boolean;
  triggerStatus: 'idle' | 'saving' | 'sending';
  triggerError: string | null;
  triggerNotice: string | null;
  triggerResult: TriggerResult | null;
  loadTriggerPresets(): Promise<void>;
  openTriggerPreset(file: string): Promise<void>;
  newTriggerPreset(kind: TriggerKind): void;
  editTriggerDraft(patch: PresetPatch): void;
  editTriggerSecret(slot: SecretSlot, value: string): void;
  forgetSavedTriggerSecret(slot: SecretSlot): Promise<void>;
  previewTriggerDraft(): Promise<void>;
  setTriggerReveal(reveal: boolean): Promise<void>;
  saveTriggerDraft(): Promise<void>;
  deleteTriggerPreset(): Promise<void>;
  sendTriggerDraft(): Promise<void>;
}

export const createTriggersSlice: SliceCreator<'triggers', TriggersSlice, 'settings'> = ({ set, get, client }) => {
  /** Answers arrive out of order while the user types; only the newest request's preview is shown. */
  let previewSeq = 0;

  function request(): TriggerRequest | null {
    const { triggerDraft, triggerFile, triggerSecrets } = get().triggers;
    if (!triggerDraft) return null;
    const typed = Object.entries(triggerSecrets).filter(([, value]) => value);
    return { preset: triggerDraft, file: triggerFile, secrets: Object.fromEntries(typed) };
  }

  function startEditing(file: string | null, draft: TriggerPreset): void {
    set({
      triggerFile: file, triggerDraft: draft, triggerSecrets: {}, triggerPreview: null, triggerPreviewProblem: null,
      triggerReveal: false, triggerError: null, triggerNotice: null, triggerResult: null,
    });
    // The screen previews each new draft once its typing settles; opening one is such a change.
  }

  return {
    triggerFolder: null,
    triggerEntries: [],
    triggerFile: null,
    triggerDraft: null,
    triggerSecrets: {},
    triggerPreview: null,
    triggerPreviewProblem: null,
    triggerReveal: false,
    triggerStatus: 'idle',
    triggerError: null,
    triggerNotice: null,
    triggerResult: null,
    async loadTriggerPresets() {
      try {
        const { folder, entries } = await client.listTriggerPresets();
        set({ triggerFolder: folder, triggerEntries: entries });
      } catch (error) {
        set({ triggerError: `Could not list the presets: ${errorReason(error)}` });
      }
    },
    async openTriggerPreset(file) {
      try {
        startEditing(file, await client.readTriggerPreset(file));
      } catch (error) {
        set({ triggerError: `Could not open ${file}: ${errorReason(error)}` });
      }
    },
    newTriggerPreset(kind) {
      startEditing(null, newPreset(kind, get().settings.values?.sending.gitlabUrl ?? defaultSettings.sending.gitlabUrl));
    },
    editTriggerDraft(patch) {
      const draft = get().triggers.triggerDraft;
      if (!draft) return;
      set({ triggerDraft: { ...draft, ...patch } as TriggerPreset, triggerNotice: null });
    },
    editTriggerSecret(slot, value) {
      set({ triggerSecrets: { ...get().triggers.triggerSecrets, [slot]: value }, triggerNotice: null });
    },
    async forgetSavedTriggerSecret(slot) {
      const file = get().triggers.triggerFile;
      if (!file) return;
      const refusal = await get().settings.saveSecret(presetSecretName(file, slot), null);
      if (refusal) set({ triggerError: `Not forgotten: ${refusal}` });
      void get().triggers.previewTriggerDraft();
    },
    async previewTriggerDraft() {
      const current = request();
      if (!current) return;
      const seq = ++previewSeq;
      try {
        const preview = await client.previewTrigger(current, get().triggers.triggerReveal);
        if (seq === previewSeq) set({ triggerPreview: preview, triggerPreviewProblem: null });
      } catch (error) {
        if (seq === previewSeq) set({ triggerPreview: null, triggerPreviewProblem: errorReason(error) });
      }
    },
    async setTriggerReveal(reveal) {
      set({ triggerReveal: reveal });
      await get().triggers.previewTriggerDraft();
    },
    async saveTriggerDraft() {
      const { triggerDraft, triggerFile, triggerSecrets, triggerStatus } = get().triggers;
      if (!triggerDraft || triggerStatus !== 'idle') return;
      set({ triggerStatus: 'saving', triggerError: null, triggerNotice: null });
      try {
        // An open preset keeps its file when renamed, so its saved secrets and any git history stay with it.
        const file = await client.saveTriggerPreset(triggerDraft, triggerFile, triggerFile !== null);
        // The file exists from here on: a retry after a refused secret must overwrite it, not make a second one.
        set({ triggerFile: file });
        for (const [slot, value] of Object.entries(triggerSecrets)) {
          if (!value) continue;
          const refusal = await get().settings.saveSecret(presetSecretName(file, slot as SecretSlot), value);
          if (refusal) throw new Error(refusal);
        }
        set({ triggerSecrets: {}, triggerStatus: 'idle', triggerNotice: `Saved as ${file}.` });
        await get().triggers.loadTriggerPresets();
      } catch (error) {
        set({ triggerStatus: 'idle', triggerError: `Not saved: ${errorReason(error)}` });
      }
    },
    async deleteTriggerPreset() {
      const file = get().triggers.triggerFile;
      if (!file) return;
      try {
        await client.deleteTriggerPreset(file);
        set({ triggerFile: null, triggerDraft: null, triggerPreview: null, triggerResult: null, triggerNotice: `Deleted ${file}.` });
        await get().triggers.loadTriggerPresets();
      } catch (error) {
        set({ triggerError: `Not deleted: ${errorReason(error)}` });
      }
    },
    async sendTriggerDraft() {
      const current = request();
      if (!current || get().triggers.triggerStatus !== 'idle') return;
      set({ triggerStatus: 'sending', triggerError: null, triggerNotice: null, triggerResult: null });
      try {
        const { delivery, explanation } = await client.sendTrigger(current);
        set({ triggerStatus: 'idle', triggerResult: { detail: delivery, explanation } });
      } catch (error) {
        set({ triggerStatus: 'idle', triggerError: `Not sent: ${errorReason(error)}` });
      }
    },
  };
};
