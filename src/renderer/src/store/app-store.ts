import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContractClient } from '@shared/contract';
import { createCompareSlice } from './compare-slice';
import { createChecksSlice } from './checks-slice';
import { createComposeSlice } from './compose-slice';
import { createConnectionSlice } from './connection-slice';
import { createCoreStateSlice } from './core-state-slice';
import { createBulkSlice } from './bulk-slice';
import { createCursorSlice } from './cursor-slice';
import { createDeliveryActionsSlice } from './delivery-actions-slice';
import { createDetailSlice } from './detail-slice';
import { createFirstSampleSlice } from './first-sample-slice';
import { createHeadersPreviewSlice } from './headers-preview-slice';
import { createListSlice } from './list-slice';
import { createLiveSlice } from './live-slice';
import { createSecretsSlice } from './secrets-slice';
import { createSelectionSlice } from './selection-slice';
import { createSavedSamplesSlice } from './saved-samples-slice';
import { createSettingsSlice } from './settings-slice';
import { createShellSlice } from './shell-slice';
import { createTriggersSlice } from './triggers-slice';
import { createRoutesSlice } from './routes-slice';
import { createStorageRepairSlice } from './storage-repair-slice';
import { sliceFactory } from './slice-factory';
import { createScenariosSlice } from './scenarios-slice';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

export function createAppStore(client: ContractClient): AppStore {
  return createStore<AppState>()((setState, getState) => {
    const sliceOf = sliceFactory(setState, getState, client);
    const [shell, connection, inbox, detail, compose, samples, triggers, routes, settings, checks] = [
      sliceOf('shell'), sliceOf('connection'), sliceOf('inbox'), sliceOf('detail'), sliceOf('compose'), sliceOf('samples'),
      sliceOf('triggers'), sliceOf('routes'), sliceOf('settings'), sliceOf('checks'),
    ];
    const scenarios = sliceOf('scenarios');
    const bulk = sliceOf('bulk');
    return {
      shell: shell(createShellSlice),
      connection: { ...connection(createConnectionSlice), ...connection(createCoreStateSlice), ...connection(createStorageRepairSlice) },
      inbox: {
        ...inbox(createListSlice), ...inbox(createLiveSlice), ...inbox(createCursorSlice), ...inbox(createFirstSampleSlice), ...inbox(createSelectionSlice),
      },
      detail: { ...detail(createDetailSlice), ...detail(createDeliveryActionsSlice), ...detail(createCompareSlice) },
      compose: { ...compose(createComposeSlice), ...compose(createHeadersPreviewSlice) },
      samples: samples(createSavedSamplesSlice),
      triggers: triggers(createTriggersSlice),
      routes: routes(createRoutesSlice),
      settings: { ...settings(createSettingsSlice), ...settings(createSecretsSlice) },
      scenarios: scenarios(createScenariosSlice),
      bulk: bulk(createBulkSlice),
      checks: checks(createChecksSlice),
    };
  });
}
