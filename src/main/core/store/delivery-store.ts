import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { StorageState, StoreUpdate } from '@shared/contract';
import type { BodyPart, DeliveryDetail } from '@shared/delivery';
import type { DeliveryRecord } from './delivery-record';
import { DeliveryWrites } from './delivery-writes';
import type { EndedForward } from './forward-answers';
import { DATABASE_FILE, createPrivateFile, emptyMemoryStore, openStoreFile, openStoreForReading } from './open-store';
import { SEARCH_INDEX_FILE } from './search-index-schema';
import { StoreProblemError, writeFailure } from './store-problem';
import { readMark, writeMark } from './delivery-marks';
import { clearUnpinned, deleteDeliveries, pruneBelow, restoreDeliveries, retentionCut } from './delivery-removal';
import type { TakenOutRows } from './taken-out-rows';
import type { DeliveryMark, StoredMark } from '@shared/contract';
import { readBody, readDetail, readDetails, type ExportReport } from './stored-details';
import { InlineSqlRunner, type SqlRunner } from './sql-runner';
import { ThreadSqlRunner } from './sql-thread';
import { WriterThreads } from './writer-threads';

export { DATABASE_FILE } from './open-store';
export type { EndedForward, ForwardAnswer } from './forward-answers';

export interface StoreOptions {
  /**
   * For exports: changes nothing on disk (also in a read-only folder) and fails in words when there is nothing
   * to read. Read it with iterateDetails, which skips what a damaged store cannot give back.
   */
  readOnly?: boolean;
  /** Asked for (--in-memory): nothing is kept, and the state says so. */
  inMemory?: boolean;
}

/**
 * Deliveries in one SQLite file (WAL). Inserts come in batches, one transaction each, so the
 * capture path pays one commit for every burst of requests rather than one per request.
 * When the data folder cannot keep deliveries the state says why and every write is refused with
 * that reason: nothing is ever acknowledged that is not kept. Reads then see an empty store.
 * The UI's queries and the folder's counts go through openReader, off this connection's thread.
 */
export class DeliveryStore {
  private currentState!: StorageState;
  private db!: DatabaseSync;
  private writes!: DeliveryWrites;
  private threads: WriterThreads | null = null;
  /** Told when the state changes by itself (an update's progress); the faces hear it as `storageState`. */
  onStateChange: (state: StorageState) => void = () => {};
  private releaseReading: () => void = () => {};
  /** What the last export read, and the ids it met but could not read (a damaged store), for it to report. */
  readonly exportReport: ExportReport = { read: 0, unreadable: [] };

  constructor(dataDir: string, { readOnly = false, inMemory = false }: StoreOptions = {}) {
    if (readOnly) {
      const reading = openStoreForReading(dataDir);
      this.releaseReading = reading.release;
      this.attach(reading.db, { dataDir, status: 'ok', problem: null });
    } else if (inMemory) {
      this.attach(emptyMemoryStore(), { dataDir, status: 'in-memory', problem: null });
    } else {
      this.openFolder(dataDir);
    }
  }

  get state(): StorageState {
    return this.currentState;
  }

  /**
   * (Re)opens the store of `dataDir` for writing. When it cannot keep deliveries the store is left
   * unusable, with the reason in its state.
   */
  openFolder(dataDir: string): StorageState {
    let db: DatabaseSync;
    let state: StorageState;
    try {
      db = openStoreFile(dataDir);
      state = { dataDir, status: 'ok', problem: null };
    } catch (error) {
      if (!(error instanceof StoreProblemError)) throw error;
      db = emptyMemoryStore();
      state = { dataDir, status: 'unusable', problem: error.problem };
    }
    this.detach();
    this.attach(db, state);
    if (state.status === 'ok') {
      this.threads = new WriterThreads(join(dataDir, DATABASE_FILE), this.db, (update) => this.updateChanged(update));
      const { update } = this.threads;
      if (update) this.currentState = { ...state, update };
    }
    return this.currentState;
  }

  private updateChanged(update: StoreUpdate | null): void {
    this.currentState = { ...this.currentState, update };
    this.onStateChange(this.currentState);
  }

  private attach(db: DatabaseSync, state: StorageState): void {
    this.db = db;
    this.currentState = state;
    this.writes = new DeliveryWrites(db);
  }

  /** Closes what is open now, so the store can move to another file (only while unusable, or at close). */
  private detach(): void {
    void this.threads?.stop();
    this.threads = null;
    if (this.db?.isOpen) this.db.close();
  }

  /** Refuses every write while the data folder cannot keep it. */
  private checkWritable(): void {
    const { problem } = this.currentState;
    if (problem) throw new StoreProblemError(problem);
  }

  /**
   * Stores the records, and the forwards that ended, in one transaction on this thread, so a turn of the event
   * loop writes the table's last pages once; returns the records' ids, in order. Each ended forward's leg is
   * stored linked to its capture and the capture gets the answer its sender got.
   */
  insertBatch(records: readonly DeliveryRecord[], ended: readonly EndedForward[] = []): number[] {
    this.checkWritable();
    let ids: number[] = [];
    this.transaction(() => {
      ids = this.writes.batch(records, ended);
    });
    return ids;
  }

  /**
   * A connection for the UI's queries: on a thread of its own for a file (told of every other connection's
   * commit through `onForeignCommit`), or this one for a store in memory, which nothing else can write.
   */
  openReader(onForeignCommit: () => void): SqlRunner {
    if (this.currentState.status !== 'ok') return new InlineSqlRunner(this.db);
    const { dataDir } = this.currentState;
    createPrivateFile(join(dataDir, SEARCH_INDEX_FILE));
    return new ThreadSqlRunner(join(dataDir, DATABASE_FILE), join(dataDir, SEARCH_INDEX_FILE), onForeignCommit);
  }

  /**
   * Statements on this connection, the one that commits captures: for the lease's heartbeat, a write of one
   * row a second. On the reader's thread, which gives way to the receiver, that write measured holding the
   * folder's write lock while the thread waited for a core, and every capture waited with it.
   */
  openOwnConnection(): SqlRunner {
    return new InlineSqlRunner(this.db);
  }

  getDetail(id: number): DeliveryDetail | null {
    return readDetail(this.db, id);
  }

  /** The exact stored bytes; null when the delivery is gone or has no such part (no response yet). */
  getBody(id: number, part: BodyPart): Uint8Array | null {
    return readBody(this.db, id, part);
  }

  /** Every delivery, oldest first, with its detail, for exports; what a damaged store could not give back is in `exportReport`. */
  iterateDetails(ids?: readonly number[]): Generator<DeliveryDetail> {
    return readDetails(this.db, this.exportReport, ids);
  }

  /** Deletes, and gives back the rows deleted, for an undo to put back with restore. */
  delete(ids: readonly number[]): TakenOutRows {
    this.checkWritable();
    let taken!: TakenOutRows;
    this.transaction(() => {
      taken = deleteDeliveries(this.db, ids);
    });
    return taken;
  }

  /** Puts back deleted rows (those of `ids`) under their old ids. */
  restore(rows: TakenOutRows, ids: ReadonlySet<number>): number {
    this.checkWritable();
    let restored = 0;
    this.transaction(() => {
      restored = restoreDeliveries(this.db, rows, ids);
    });
    return restored;
  }

  /** Stores imported records in one transaction, each with the file it came from; returns their ids. */
  insertImported(records: readonly DeliveryRecord[], file: string): number[] {
    this.checkWritable();
    let ids: number[] = [];
    this.transaction(() => {
      ids = this.writes.imported(records, file);
    });
    return ids;
  }

  mark(id: number): StoredMark {
    return readMark(this.db, id);
  }

  setMark(id: number, mark: DeliveryMark): boolean {
    this.checkWritable();
    return writeMark(this.db, id, mark);
  }

  clear(): void {
    this.checkWritable();
    this.transaction(() => clearUnpinned(this.db));
  }

  /** Keeps the newest `retain` deliveries (0 keeps all), every pinned one, and a forward's leg with its capture; returns how many rows went. */
  prune(retain: number): number {
    if (retain <= 0 || this.currentState.problem) return 0;
    const cut = retentionCut(this.db, retain);
    if (cut === null) return 0;
    let removed = 0;
    this.transaction(() => {
      removed = pruneBelow(this.db, cut);
    });
    return removed;
  }

  async close(): Promise<void> {
    await this.threads?.stop();
    this.threads = null;
    this.detach();
    this.releaseReading();
  }

  /**
   * A write transaction, its lock taken at BEGIN: a write after a read in a deferred one would fail at once (without
   * waiting) when another connection, such as the store update's thread, committed in between. A failed write says why
   * in words (a full disk as "disk full"), never as the ROLLBACK that followed it.
   */
  private transaction(work: () => void): void {
    try {
      this.db.exec('BEGIN IMMEDIATE');
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      // SQLite may already have rolled back by itself (it does on a full disk).
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw writeFailure(error, this.currentState.dataDir);
    }
  }
}
