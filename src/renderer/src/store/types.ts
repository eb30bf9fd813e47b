import type { StoreApi } from 'zustand/vanilla';
import type { ContractClient } from '@shared/contract';
import type { ComposeSlice } from './compose-slice';
import type { ConnectionSlice } from './connection-slice';
import type { CoreStateSlice } from './core-state-slice';
import type { DeliveryActionsSlice } from './delivery-actions-slice';
import type { DetailSlice } from './detail-slice';
import type { FirstSampleSlice } from './first-sample-slice';
import type { HeadersPreviewSlice } from './headers-preview-slice';
import type { ListSlice } from './list-slice';
import type { LiveSlice } from './live-slice';
import type { SecretsSlice } from './secrets-slice';
import type { SavedSamplesSlice } from './saved-samples-slice';
import type { SettingsSlice } from './settings-slice';
import type { TriggersSlice } from './triggers-slice';
import type { StorageRepairSlice } from './storage-repair-slice';
import type { ViewSlice } from './view-slice';

export type AppState = ListSlice &
  DetailSlice &
  LiveSlice &
  CoreStateSlice &
  SettingsSlice &
  SecretsSlice &
  ViewSlice &
  ComposeSlice &
  DeliveryActionsSlice &
  SavedSamplesSlice &
  HeadersPreviewSlice &
  FirstSampleSlice &
  TriggersSlice &
  StorageRepairSlice &
  ConnectionSlice;

export interface SliceContext {
  set: StoreApi<AppState>['setState'];
  get: StoreApi<AppState>['getState'];
  client: ContractClient;
}

export type SliceCreator<T> = (context: SliceContext) => T;
