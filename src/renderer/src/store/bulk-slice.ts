import type { BulkReplayJob, ExportFormat } from '@shared/contract';
import { replaySending } from './delivery-actions-slice';
import { errorReason } from './describe-error';
import { selectionForCore } from './list-selection';
import { rememberReplayTarget } from './remembered-targets';
import { currentSelection } from './selection-slice';
import type { SliceCreator } from './types';

/** Where an export goes: a native save dialog in the desktop app, a download in the browser. */
export type ExportSaver = (format: ExportFormat, ids: number[]) => Promise<string | null>;

export interface BulkSlice {
  /** The bulk replay shown: the running one, or the last one until dismissed. */
  bulkJob: BulkReplayJob | null;
  bulkBusy: 'delete' | 'export' | 'replay' | null;
  /** What the last bulk action did or why it did not, in words. */
  bulkNote: { text: string; error: boolean } | null;
  /** A window opened while a job runs (or after a reload) shows it. */
  loadBulkReplays(): Promise<void>;
  bulkReplayChanged(job: BulkReplayJob): void;
  replaySelection(to: string, concurrency: number): Promise<void>;
  cancelBulkReplay(): Promise<void>;
  dismissBulkReplay(): void;
  /** Deletes the selection; resolves with the ids deleted (for Undo), or null when it failed. */
  deleteSelection(): Promise<number[] | null>;
  exportSelection(format: ExportFormat, save: ExportSaver): Promise<void>;
}

export const createBulkSlice: SliceCreator<'bulk', BulkSlice, 'inbox' | 'detail' | 'compose' | 'settings'> = ({ set, get, client }) => {
  async function run<T>(busy: NonNullable<BulkSlice['bulkBusy']>, failed: string, action: () => Promise<T>): Promise<T | null> {
    if (get().bulk.bulkBusy) return null;
    set({ bulkBusy: busy, bulkNote: null });
    try {
      return await action();
    } catch (error) {
      set({ bulkNote: { text: `${failed}: ${errorReason(error)}`, error: true } });
      return null;
    } finally {
      set({ bulkBusy: null });
    }
  }
  const selected = () => selectionForCore(currentSelection(get().inbox));

  return {
    bulkJob: null,
    bulkBusy: null,
    bulkNote: null,
    async loadBulkReplays() {
      try {
        const [newest] = await client.listBulkReplays();
        if (newest && (newest.state === 'running' || newest.state === 'cancelling')) set({ bulkJob: newest });
      } catch (error) {
        set({ bulkNote: { text: `Cannot show a bulk replay that may be running: ${errorReason(error)}`, error: true } });
      }
    },
    bulkReplayChanged(job) {
      const shown = get().bulk.bulkJob;
      // A newer job replaces the one shown; an older one's late announcement does not.
      if (!shown || job.jobId >= shown.jobId) set({ bulkJob: job });
    },
    async replaySelection(to, concurrency) {
      await run('replay', 'Not replayed', async () => {
        const job = await client.startBulkReplay({ selection: selected(), to, concurrency, ...replaySending(get()) });
        rememberReplayTarget(to);
        get().detail.setReplayTarget(to);
        get().bulk.bulkReplayChanged(job);
        get().inbox.clearSelection();
      });
    },
    async cancelBulkReplay() {
      const job = get().bulk.bulkJob;
      if (!job) return;
      try {
        get().bulk.bulkReplayChanged(await client.cancelBulkReplay(job.jobId));
      } catch (error) {
        set({ bulkNote: { text: `Not cancelled: ${errorReason(error)}`, error: true } });
      }
    },
    dismissBulkReplay() {
      set({ bulkJob: null });
    },
    async deleteSelection() {
      return run('delete', 'Not deleted', async () => {
        const ids = await client.resolveSelection(selected());
        await client.deleteDeliveries(ids);
        get().inbox.clearSelection();
        return ids;
      });
    },
    async exportSelection(format, save) {
      await run('export', 'Not exported', async () => {
        const ids = await client.resolveSelection(selected());
        const where = await save(format, ids);
        if (where !== null) set({ bulkNote: { text: `Exported ${ids.length} ${ids.length === 1 ? 'delivery' : 'deliveries'} as ${format.toUpperCase()} to ${where}.`, error: false } });
      });
    },
  };
};
