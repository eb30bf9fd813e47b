import type { DatabaseSync } from 'node:sqlite';
import type { StoreUpdate } from '@shared/contract';
import { ExchangesRebuild, exchangesRebuildPending } from './exchanges-rebuild';
import { SCHEMA_VERSION } from './schema';

/**
 * The long part of a migration, run after the store opened (the receiver keeps storing meanwhile), with its
 * progress as the faces show it. Null from `start` when the store has nothing left to do.
 */
export class StoreUpdateRun {
  private current: StoreUpdate = { toVersion: SCHEMA_VERSION, percent: 0, failure: null };
  private readonly rebuild: ExchangesRebuild;
  private stopped = false;

  static start(path: string, db: DatabaseSync, changed: (update: StoreUpdate | null) => void): StoreUpdateRun | null {
    return exchangesRebuildPending(db) ? new StoreUpdateRun(path, db, changed) : null;
  }

  private constructor(path: string, db: DatabaseSync, changed: (update: StoreUpdate | null) => void) {
    this.rebuild = new ExchangesRebuild(path, db, ({ done, total }) => {
      // Whole percents only, and never 100 before it is done: a face is told at most a hundred times.
      const percent = total === 0 ? 0 : Math.min(99, Math.floor((done * 100) / total));
      if (percent === this.current.percent) return;
      this.current = { ...this.current, percent };
      changed(this.current);
    });
    this.rebuild.finished.then(
      () => changed(null),
      (error: Error) => {
        if (this.stopped) return;
        this.current = { ...this.current, failure: `${error.message}. Deliveries are kept as before; the next start goes on with the update.` };
        changed(this.current);
      },
    );
  }

  get update(): StoreUpdate {
    return this.current;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.rebuild.stop();
  }
}
