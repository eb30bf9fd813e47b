import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { StorageState } from '@shared/contract';
import type { BodyPart, DeliveryDetail } from '@shared/delivery';
import type { DeliveryRecord } from './delivery-record';
import { migrate } from './schema';
import { WalCheckpointer } from './wal-checkpointer';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL, deliveryParams, exchangeParams } from './insert-statements';
import { DATABASE_FILE, createPrivateFile, openStoreFile, openStoreForReading } from './open-store';
import { attachSearchIndex, SEARCH_INDEX_FILE } from './search-index-schema';
import { StoreProblemError, writeFailure } from './store-problem';
import { storedIds } from './readable-ids';
import { COUNT_REMOVAL } from './removals';
import { BODY_SQL, DETAIL_SQL, toDetail, type SqlRow } from './row-mapping';
import { InlineSqlRunner, type SqlRunner } from './sql-runner';
import { ThreadSqlRunner } from './sql-thread';

export { DATABASE_FILE } from './open-store';
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

function emptyMemoryStore(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  migrate(db);
  // Searched by a scan alone: nothing indexes a store in memory.
  attachSearchIndex(db, null);
  return db;
}

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
  private insertDelivery!: StatementSync;
  private insertExchange!: StatementSync;
  private checkpointer: WalCheckpointer | null = null;
  private releaseReading: () => void = () => {};
  /** What the last export read, and the ids it met but could not read (a damaged store), for it to report. */
  readonly exportReport = { read: 0, unreadable: [] as number[] };

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
      this.db.exec('PRAGMA wal_autocheckpoint = 0');
      this.checkpointer = new WalCheckpointer(join(dataDir, DATABASE_FILE), () => {
        if (this.db.isOpen) this.db.exec(`PRAGMA wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
      });
    }
    return state;
  }

  private attach(db: DatabaseSync, state: StorageState): void {
    this.db = db;
    this.currentState = state;
    this.insertDelivery = db.prepare(INSERT_DELIVERY_SQL);
    this.insertExchange = db.prepare(INSERT_EXCHANGE_SQL);
  }

  /** Closes what is open now, so the store can move to another file (only while unusable, or at close). */
  private detach(): void {
    void this.checkpointer?.stop();
    this.checkpointer = null;
    if (this.db?.isOpen) this.db.close();
  }

  /** Refuses every write while the data folder cannot keep it. */
  private checkWritable(): void {
    const { problem } = this.currentState;
    if (problem) throw new StoreProblemError(problem);
  }

  /** Stores the records in one transaction on this thread and returns their ids, in order. */
  insertBatch(records: readonly DeliveryRecord[]): number[] {
    this.checkWritable();
    const ids: number[] = [];
    this.transaction(() => {
      for (const record of records) {
        const id = Number(this.insertDelivery.run(...deliveryParams(record)).lastInsertRowid);
        this.insertExchange.run(id, ...exchangeParams(record));
        ids.push(id);
      }
    });
    return ids;
  }

  /** Counts what is stored now: for retention, which runs after a burst, never on the capture path. */
  private storedTotal(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM deliveries').get() as { n: number }).n;
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

  getDetail(id: number): DeliveryDetail | null {
    const r = this.db.prepare(DETAIL_SQL).get(id) as SqlRow | undefined;
    return r ? toDetail(r) : null;
  }

  /** The exact stored bytes; null when the delivery is gone or has no such part (no response yet). */
  getBody(id: number, part: BodyPart): Uint8Array | null {
    const r = this.db.prepare(BODY_SQL[part]).get(id) as { body: Uint8Array | null } | undefined;
    return r?.body ?? null;
  }

  /** Every delivery, oldest first, with its detail: for exports, without holding them all at once. */
  /** A delivery whose pages are damaged is skipped, and its id kept in `exportReport`. */
  *iterateDetails(ids?: readonly number[]): Generator<DeliveryDetail> {
    const report = this.exportReport;
    report.read = 0;
    report.unreadable = [];
    const order = ids ? [...new Set(ids)].sort((a, b) => a - b) : storedIds(this.db);
    for (const id of order) {
      let detail: DeliveryDetail | null;
      try {
        detail = this.getDetail(id);
        // Read here once so that a damaged body is skipped with its delivery rather than failing the export.
        if (detail) for (const part of ['request', 'response'] as const) this.getBody(id, part);
      } catch {
        report.unreadable.push(id);
        continue;
      }
      if (!detail) continue;
      report.read++;
      yield detail;
    }
  }

  delete(ids: readonly number[]): number {
    this.checkWritable();
    let removed = 0;
    this.transaction(() => {
      const deleteDelivery = this.db.prepare('DELETE FROM deliveries WHERE id = ?');
      const deleteExchange = this.db.prepare('DELETE FROM exchanges WHERE id = ?');
      for (const id of ids) {
        removed += Number(deleteDelivery.run(id).changes);
        deleteExchange.run(id);
      }
      this.db.exec(COUNT_REMOVAL);
    });
    return removed;
  }

  clear(): void {
    this.checkWritable();
    this.transaction(() => this.db.exec(`DELETE FROM deliveries; DELETE FROM exchanges; ${COUNT_REMOVAL};`));
  }

  /** Keeps the newest `retain` deliveries (0 keeps all); returns how many went. */
  prune(retain: number): number {
    if (retain <= 0 || this.currentState.problem || this.storedTotal() <= retain) return 0;
    const cut = this.db.prepare('SELECT id FROM deliveries ORDER BY id DESC LIMIT 1 OFFSET ?').get(retain - 1) as
      | { id: number }
      | undefined;
    if (!cut) return 0;
    let removed = 0;
    this.transaction(() => {
      removed = Number(this.db.prepare('DELETE FROM deliveries WHERE id < ?').run(cut.id).changes);
      this.db.prepare('DELETE FROM exchanges WHERE id < ?').run(cut.id);
      this.db.exec(COUNT_REMOVAL);
    });
    return removed;
  }

  async close(): Promise<void> {
    await this.checkpointer?.stop();
    this.checkpointer = null;
    this.detach();
    this.releaseReading();
  }

  /** A failed write says why in words (a full disk as "disk full"), never as the ROLLBACK that followed it. */
  private transaction(work: () => void): void {
    try {
      this.db.exec('BEGIN');
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      // SQLite may already have rolled back by itself (it does on a full disk).
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw writeFailure(error, this.currentState.dataDir);
    }
  }
}
