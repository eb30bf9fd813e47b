import type { SavedSamples } from '@shared/contract';
import { ContractError, FAILURE } from '@shared/errors';
import { sampleText } from '@shared/sample-text';
import { describeError, errorReason } from './describe-error';
import { headerPairs } from './compose-draft';
import type { SliceCreator } from './types';

/** Where "Save as sample" stands; `exists` waits for the user to overwrite or pick another name. */
export type SampleSaveState =
  | { status: 'idle' | 'saving' }
  | { status: 'saved'; file: string }
  | { status: 'exists' | 'failed'; message: string };

export interface SavedSamplesSlice {
  savedSamples: SavedSamples | null;
  savedSamplesError: string | null;
  sampleSave: SampleSaveState;
  loadSavedSamples(): Promise<void>;
  /** Loads a saved sample's event, variant, headers and payload into Compose, and shows Compose. */
  openSavedSample(file: string): Promise<void>;
  /** Writes what Compose holds as a sample file named `name`. */
  saveComposeAsSample(name: string, overwrite?: boolean): Promise<void>;
  resetSampleSave(): void;
}

export const createSavedSamplesSlice: SliceCreator<'samples', SavedSamplesSlice, 'compose' | 'shell'> = ({ set, get, client }) => ({
  savedSamples: null,
  savedSamplesError: null,
  sampleSave: { status: 'idle' },
  async loadSavedSamples() {
    try {
      set({ savedSamples: await client.listSavedSamples(), savedSamplesError: null });
    } catch (error) {
      set({ savedSamplesError: describeError('list the saved samples', error) });
    }
  },
  async openSavedSample(file) {
    try {
      const sample = await client.readSavedSample(file);
      const opened = { file, name: sample.name };
      get().compose.loadSavedSample(opened, { event: sample.event, variantId: sample.variant, payload: sampleText(sample.payload) }, sample.headers);
      set({ sampleSave: { status: 'idle' } });
      get().shell.showScreen('compose');
    } catch (error) {
      set({ savedSamplesError: `Could not open ${file}: ${errorReason(error)}` });
    }
  },
  async saveComposeAsSample(name, overwrite = false) {
    const compose = get().compose.draft;
    if (!name.trim()) {
      set({ sampleSave: { status: 'failed', message: 'Give the sample a name: it also names its file.' } });
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(compose.payload);
    } catch {
      const message = 'The payload is not valid JSON, so it cannot be saved as a sample: fix what the editor underlines first.';
      set({ sampleSave: { status: 'failed', message } });
      return;
    }
    set({ sampleSave: { status: 'saving' } });
    try {
      const sample = { name: name.trim(), event: compose.event, variant: compose.variantId, headers: headerPairs(compose.headers), payload };
      const file = await client.saveSample(sample, overwrite);
      set({ sampleSave: { status: 'saved', file } });
      get().compose.holdSample({ file, name: sample.name });
    } catch (error) {
      const message = errorReason(error);
      // The core's refusal to replace a file is told apart so the user can be offered to overwrite it.
      const exists = error instanceof ContractError && error.code === FAILURE.fileExists;
      set({ sampleSave: { status: exists ? 'exists' : 'failed', message } });
    }
  },
  resetSampleSave() {
    set({ sampleSave: { status: 'idle' } });
  },
});
