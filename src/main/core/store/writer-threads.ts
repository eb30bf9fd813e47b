import type { DatabaseSync } from 'node:sqlite';
import type { StoreUpdate } from '@shared/contract';
import { WalCheckpointer } from './wal-checkpointer';
import { StoreUpdateRun } from './store-update';

const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

/**
 * The threads that work for the writing connection of a store file: the WAL checkpointer (so that copying the
 * log back never runs on the capture path) and a store update still under way, if any.
 */
export class WriterThreads {
  private checkpointer: WalCheckpointer | null;
  private updateRun: StoreUpdateRun | null;

  constructor(path: string, db: DatabaseSync, updateChanged: (update: StoreUpdate | null) => void) {
    db.exec('PRAGMA wal_autocheckpoint = 0');
    // A checkpointer that died hands checkpoints back to the writing connection.
    this.checkpointer = new WalCheckpointer(path, () => {
      if (db.isOpen) db.exec(`PRAGMA wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
    });
    this.updateRun = StoreUpdateRun.start(path, db, (update) => {
      if (update === null) this.updateRun = null;
      updateChanged(update);
    });
  }

  /** The update under way, or null when the store needs none. */
  get update(): StoreUpdate | null {
    return this.updateRun?.update ?? null;
  }

  async stop(): Promise<void> {
    const { updateRun, checkpointer } = this;
    this.updateRun = null;
    this.checkpointer = null;
    await Promise.all([updateRun?.stop(), checkpointer?.stop()]);
  }
}
