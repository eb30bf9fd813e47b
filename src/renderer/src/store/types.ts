/**
 * The renderer's state, by domain. A slice is written as
 *   export interface FooSlice { ...fields; ...actions }
 *   export const createFooSlice: SliceCreator<'inbox', FooSlice, 'detail' | 'settings'> = ({ set, get, client }) => ({ ... });
 * and placed in its domain in app-store.ts (and its type in AppState below). `set` writes FooSlice's own fields
 * only; `get()` reads its domain and the domains it names, read-only; anything else changes through the owning
 * slice's actions (`get().detail.open(id)`), and navigation through the shell's (`get().shell.showScreen(...)`).
 */
import type { ContractClient } from '@shared/contract';
import type { BulkSlice } from './bulk-slice';
import type { CompareSlice } from './compare-slice';
import type { ChecksSlice } from './checks-slice';
import type { ComposeSlice } from './compose-slice';
import type { ConnectionSlice } from './connection-slice';
import type { CoreStateSlice } from './core-state-slice';
import type { CursorSlice } from './cursor-slice';
import type { DeliveryActionsSlice } from './delivery-actions-slice';
import type { DetailSlice } from './detail-slice';
import type { FirstSampleSlice } from './first-sample-slice';
import type { HeadersPreviewSlice } from './headers-preview-slice';
import type { ListSlice } from './list-slice';
import type { LiveSlice } from './live-slice';
import type { SecretsSlice } from './secrets-slice';
import type { SelectionSlice } from './selection-slice';
import type { SavedSamplesSlice } from './saved-samples-slice';
import type { SettingsSlice } from './settings-slice';
import type { TriggersSlice } from './triggers-slice';
import type { RoutesSlice } from './routes-slice';
import type { StorageRepairSlice } from './storage-repair-slice';
import type { ShellSlice } from './shell-slice';
import type { ScenariosSlice } from './scenarios-slice';

/** The renderer's state, one namespace per domain; each namespace is made of the slices listed for it. */
export interface AppState {
  /** Navigation: which screen shows. Only the shell changes it; a domain asks through `showScreen`. */
  shell: ShellSlice;
  /** The core this window talks to: the link, its receiver and store, the folder's counts. */
  connection: ConnectionSlice & CoreStateSlice & StorageRepairSlice;
  inbox: ListSlice & LiveSlice & CursorSlice & FirstSampleSlice & SelectionSlice;
  detail: DetailSlice & DeliveryActionsSlice & CompareSlice;
  compose: ComposeSlice & HeadersPreviewSlice;
  samples: SavedSamplesSlice;
  triggers: TriggersSlice;
  routes: RoutesSlice;
  settings: SettingsSlice & SecretsSlice;
  scenarios: ScenariosSlice;
  /** Acting on several deliveries at once: delete, export, and bulk replays run by the core. */
  bulk: BulkSlice;
  checks: ChecksSlice;
}

export type Domain = keyof AppState;

/** What a slice may write with `set`: its own fields, never its actions, never another slice's fields. */
export type FieldsOf<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] };

/** The domains a slice reads, read-only: another slice's state changes only through that slice's actions. */
export type ReadableState<D extends Domain> = { readonly [K in D]: Readonly<AppState[K]> };

export interface SliceContext<D extends Domain, Own, Uses extends Domain> {
  /** Writes this slice's own fields (checked at run time too: a field it does not own throws). */
  set(patch: Partial<FieldsOf<Own>>): void;
  /** Its own domain and the domains it declares it uses, nothing else. */
  get(): ReadableState<D | Uses>;
  client: ContractClient;
}

/** A slice of domain `D` that reads (and calls the actions of) the domains in `Uses`. */
export type SliceCreator<D extends Domain, Own, Uses extends Domain = never> = (context: SliceContext<D, Own, Uses>) => Own;
