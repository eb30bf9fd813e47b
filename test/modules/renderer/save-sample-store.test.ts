import { describe, expect, it } from 'vitest';
import { ContractError } from '@shared/errors';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { fakeClient } from '../../support/fake-client';

function storeWhoseSaveFailsWith(error: Error) {
  const store = createAppStore(
    fakeClient({
      saveSample: () => {
        throw error;
      },
    }),
  );
  store.getState().compose.editCompose({ event: 'Push Hook', payload: '{"object_kind":"push"}' });
  return store;
}

describe('Save as sample, when the core says no', () => {
  it('offers to overwrite when the code says the file exists', async () => {
    const store = storeWhoseSaveFailsWith(new ContractError('conflict/file-exists', 'A sample file push.json exists in /samples.'));
    await store.getState().samples.saveComposeAsSample('Push');
    expect(store.getState().samples.sampleSave).toEqual({ status: 'exists', message: 'A sample file push.json exists in /samples.' });
  });

  it('does not read the words: another refusal that mentions "already exists" is a plain failure', async () => {
    const store = storeWhoseSaveFailsWith(new ContractError('refused/request', 'The folder already exists as a file: pick another folder.'));
    await store.getState().samples.saveComposeAsSample('Push');
    expect(store.getState().samples.sampleSave).toMatchObject({ status: 'failed' });
  });
});
