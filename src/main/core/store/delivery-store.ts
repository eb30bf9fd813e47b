import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { StorageState, StoreUpdate } from '@shared/contract';
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
import { NOT_A_LEG } from './query-filter';
import { NOT_PINNED, ORPHAN_MARKS, readMark, writeImportSource, writeMark } from './delivery-marks';
import { readRows, writeRows, type TakenOutRows } from './taken-out-rows';
import type { DeliveryMark, StoredMark } from '@shared/contract';
import { BODY_SQL, DETAIL_SQL, toDetail, type SqlRow } from './row-mapping';
import { InlineSqlRunner, type SqlRunner } from './sql-runner';
import { ThreadSqlRunner } from './sql-thread';
import { StoreUpdateRun } from './store-update';

export { DATABASE_FILE } from './open-store';

/** What the sender of a forwarded delivery got: the target's answer, or Hookbench's 502/504. */
export interface ForwardAnswer {
  status: number;
  headers: string[];
  body: Uint8Array;
  durationMs: number;
}

export interface EndedForward {
  capturedId: number;
  answered: ForwardAnswer;
  leg: DeliveryRecord;
}
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
  private answerCapture: StatementSync | null = null;
  private answerExchange: StatementSync | null = null;
  private checkpointer: WalCheckpointer | null = null;
  private updateRun: StoreUpdateRun | null = null;
  /** Told when the state changes by itself (an update's progress); the faces hear it as `storageState`. */
  onStateChange: (state: StorageState) => void = () => {};
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
      this.updateRun = StoreUpdateRun.start(join(dataDir, DATABASE_FILE), this.db, (update) => this.updateChanged(update));
      if (this.updateRun) this.currentState = { ...state, update: this.updateRun.update };
    }
    return this.currentState;
  }

  private updateChanged(update: StoreUpdate | null): void {
    if (update === null) this.updateRun = null;
    this.currentState = { ...this.currentState, update };
    this.onStateChange(this.currentState);
  }

  private attach(db: DatabaseSync, state: StorageState): void {
    this.db = db;
    this.currentState = state;
    this.insertDelivery = db.prepare(INSERT_DELIVERY_SQL);
    this.insertExchange = db.prepare(INSERT_EXCHANGE_SQL);
    this.answerCapture = null;
    this.answerExchange = null;
  }

  /** Closes what is open now, so the store can move to another file (only while unusable, or at close). */
  private detach(): void {
    void this.updateRun?.stop();
    this.updateRun = null;
    void this.checkpointer?.stop();
    this.checkpointer = null;
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
   * stored linked to its capture and the capture gets the answer its sender got, with the leg's transport error
   * if it had one (the pair is then an internal error, as GitLab's Recent events shows it). Readers count those
   * answers from the legs above what they counted: no removal, no recount.
   */
  insertBatch(records: readonly DeliveryRecord[], ended: readonly EndedForward[] = []): number[] {
    this.checkWritable();
    const ids: number[] = [];
    this.transaction(() => {
      if (ended.length > 0) this.answerForwards(ended);
      for (const record of records) ids.push(this.insert(record));
    });
    return ids;
  }

  private insert(record: DeliveryRecord): number {
    const id = Number(this.insertDelivery.run(...deliveryParams(record)).lastInsertRowid);
    this.insertExchange.run(id, ...exchangeParams(record));
    return id;
  }

  private answerForwards(ended: readonly EndedForward[]): void {
    this.answerCapture ??= this.db.prepare('UPDATE deliveries SET status = ?, error_kind = ?, duration_ms = ? WHERE id = ?');
    this.answerExchange ??= this.db.prepare('UPDATE exchanges SET response_headers = ?, response_body = ?, response_size = ?, error_message = ? WHERE id = ?');
    for (const { capturedId, answered, leg } of ended) {
      this.answerCapture.run(answered.status, leg.errorKind, answered.durationMs, capturedId);
      this.answerExchange.run(JSON.stringify(answered.headers), answered.body, answered.body.byteLength, leg.errorMessage, capturedId);
      this.insert(leg);
    }
  }

  /** Counts what is stored now: for retention, which runs after a burst, never on the capture path. */
  private storedTotal(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM deliveries d WHERE ${NOT_A_LEG}`).get() as { n: number }).n;
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

  /** Deletes, and gives back the rows deleted, for an undo to put back with restore. */
  delete(ids: readonly number[]): TakenOutRows {
    this.checkWritable();
    let taken!: TakenOutRows;
    this.transaction(() => {
      const legsOf = this.db.prepare(`SELECT id FROM deliveries WHERE parent_id = ? AND origin = 'forwarded'`);
      // A forward's leg goes with its capture, and comes back with it on undo: the pair is one item.
      const legs = ids.flatMap((id) => (legsOf.all(id) as Array<{ id: number }>).map((leg) => leg.id));
      const all = [...ids, ...legs];
      taken = readRows(this.db, all);
      const deleteDelivery = this.db.prepare('DELETE FROM deliveries WHERE id = ?');
      const deleteExchange = this.db.prepare('DELETE FROM exchanges WHERE id = ?');
      for (const id of all) {
        deleteDelivery.run(id);
        deleteExchange.run(id);
      }
      this.db.exec(`${ORPHAN_MARKS}; ${COUNT_REMOVAL}`);
      const asked = new Set(ids);
      taken = { ...taken, ids: taken.ids.filter((id) => asked.has(id)) };
    });
    return taken;
  }


  /**
   * Puts back deleted rows (those of `ids`) under their old ids. Counted as a removal: readers count only rows
   * above the last id they saw, so a row coming back below it makes them count afresh.
   */
  restore(rows: TakenOutRows, ids: ReadonlySet<number>): number {
    this.checkWritable();
    let restored = 0;
    this.transaction(() => {
      restored = writeRows(this.db, rows, ids);
      this.db.exec(COUNT_REMOVAL);
    });
    return restored;
  }

  /** Stores imported records in one transaction, each with the file it came from; returns their ids. */
  insertImported(records: readonly DeliveryRecord[], file: string): number[] {
    this.checkWritable();
    const ids: number[] = [];
    this.transaction(() => {
      for (const record of records) {
        const id = this.insert(record);
        writeImportSource(this.db, id, file);
        ids.push(id);
      }
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
    // Pinned deliveries stay.
    this.transaction(() =>
      this.db.exec(`DELETE FROM deliveries WHERE ${NOT_PINNED}; DELETE FROM exchanges WHERE ${NOT_PINNED}; ${ORPHAN_MARKS}; ${COUNT_REMOVAL};`),
    );
  }

  /** Keeps the newest `retain` deliveries (0 keeps all), every pinned one, and a forward's leg with its capture; returns how many rows went. */
  prune(retain: number): number {
    if (retain <= 0 || this.currentState.problem || this.storedTotal() <= retain) return 0;
    const cut = this.db.prepare(`SELECT id FROM deliveries d WHERE ${NOT_A_LEG} ORDER BY id DESC LIMIT 1 OFFSET ?`).get(retain - 1) as
      | { id: number }
      | undefined;
    if (!cut) return 0;
    let removed = 0;
    this.transaction(() => {
      // A pinned capture keeps its forward leg: the pair is one item.
      const keptLeg = `(origin = 'forwarded' AND parent_id IN (SELECT id FROM delivery_marks WHERE pinned = 1))`;
      removed = Number(this.db.prepare(`DELETE FROM deliveries WHERE id < ? AND ${NOT_PINNED} AND NOT ${keptLeg}`).run(cut.id).changes);
      this.db.prepare('DELETE FROM exchanges WHERE id < ? AND id NOT IN (SELECT id FROM deliveries)').run(cut.id);
      // Legs stored after the cut whose captures went with it.
      const orphanLegs = `SELECT id FROM deliveries WHERE origin = 'forwarded' AND parent_id < ? AND parent_id NOT IN (SELECT id FROM deliveries)`;
      this.db.prepare(`DELETE FROM exchanges WHERE id IN (${orphanLegs})`).run(cut.id);
      this.db.prepare(`DELETE FROM deliveries WHERE id IN (${orphanLegs})`).run(cut.id);
      this.db.exec(`${ORPHAN_MARKS}; ${COUNT_REMOVAL}`);
    });
    return removed;
  }

  async close(): Promise<void> {
    await this.updateRun?.stop();
    this.updateRun = null;
    await this.checkpointer?.stop();
    this.checkpointer = null;
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
