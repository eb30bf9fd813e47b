import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Counts, DeliveryPage, DeliveryQuery, StorageState } from '@shared/contract';
import { statusClass, type BodyPart, type DeliveryDetail } from '@shared/delivery';
import type { DeliveryRecord } from './delivery-record';
import { migrate } from './schema';
import { WalCheckpointer } from './wal-checkpointer';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL, deliveryParams, exchangeParams } from './insert-statements';
import { whereClause } from './query-filter';
import { DATABASE_FILE, openStoreFile, openStoreForReading } from './open-store';
import { StoreProblemError, writeFailure } from './store-problem';
import { storedIds } from './readable-ids';
import { ROW_COLUMNS, toDetail, toRow, type SqlRow } from './row-mapping';

export { DATABASE_FILE } from './open-store';
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

function emptyMemoryStore(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  migrate(db);
  return db;
}

export interface StoreOptions {
  /**
   * For exports: changes nothing on disk (also in a read-only folder) and fails in words when there is nothing
   * to read. Such a store does not count its rows (a damaged store may not count), so read it with iterateDetails.
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
 */
export class DeliveryStore {
  private currentState!: StorageState;
  private db!: DatabaseSync;
  private insertDelivery!: StatementSync;
  private insertExchange!: StatementSync;
  private tally!: Counts;
  private checkpointer: WalCheckpointer | null = null;
  private releaseReading: () => void = () => {};
  /** What the last export read, and the ids it met but could not read (a damaged store), for it to report. */
  readonly exportReport = { read: 0, unreadable: [] as number[] };

  constructor(dataDir: string, { readOnly = false, inMemory = false }: StoreOptions = {}) {
    if (readOnly) {
      const reading = openStoreForReading(dataDir);
      this.releaseReading = reading.release;
      this.attach(reading.db, { dataDir, status: 'ok', problem: null }, false);
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

  private attach(db: DatabaseSync, state: StorageState, counted = true): void {
    this.db = db;
    this.currentState = state;
    this.insertDelivery = db.prepare(INSERT_DELIVERY_SQL);
    this.insertExchange = db.prepare(INSERT_EXCHANGE_SQL);
    this.tally = counted ? this.countAll() : { total: 0, failures: 0, internalErrors: 0 };
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
    this.tallyInserted(records);
    return ids;
  }

  private tallyInserted(records: readonly DeliveryRecord[]): void {
    for (const record of records) {
      this.tally.total++;
      const kind = statusClass(record);
      if (kind === 'failure') this.tally.failures++;
      else if (kind === 'internal-error') this.tally.internalErrors++;
    }
  }

  get count(): number {
    return this.tally.total;
  }

  list(query: DeliveryQuery): DeliveryPage {
    const { sql, params } = whereClause(query);
    const rows = this.db
      .prepare(`SELECT ${ROW_COLUMNS} FROM deliveries d ${sql} ORDER BY d.id DESC LIMIT ? OFFSET ?`)
      .all(...params, query.limit, query.offset) as SqlRow[];
    const total = sql
      ? (this.db.prepare(`SELECT count(*) AS n FROM deliveries d ${sql}`).get(...params) as { n: number }).n
      : this.tally.total;
    return { rows: rows.map(toRow), total };
  }

  getDetail(id: number): DeliveryDetail | null {
    const r = this.db
      .prepare(`SELECT ${ROW_COLUMNS}, e.http_version, e.remote_address, e.request_headers, e.response_headers,
        e.response_size, e.error_message, e.token_reason, e.signature_reason FROM deliveries d JOIN exchanges e ON e.id = d.id WHERE d.id = ?`)
      .get(id) as SqlRow | undefined;
    return r ? toDetail(r) : null;
  }

  /** The exact stored bytes; null when the delivery is gone or has no such part (no response yet). */
  getBody(id: number, part: BodyPart): Uint8Array | null {
    const column = part === 'request' ? 'request_body' : 'response_body';
    const r = this.db.prepare(`SELECT ${column} AS body FROM exchanges WHERE id = ?`).get(id) as
      | { body: Uint8Array | null }
      | undefined;
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

  /** Kept up to date as deliveries come and go, so that announcing a change never scans the table. */
  counts(): Counts {
    return { ...this.tally };
  }

  private countAll(): Counts {
    const r = this.db
      .prepare(`SELECT count(*) AS total,
        coalesce(sum(error_kind IS NULL AND status IS NOT NULL AND (status < 200 OR status > 299)), 0) AS failures,
        coalesce(sum(error_kind IS NOT NULL), 0) AS internal_errors FROM deliveries`)
      .get() as { total: number; failures: number; internal_errors: number };
    return { total: r.total, failures: r.failures, internalErrors: r.internal_errors };
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
    });
    this.tally = this.countAll();
    return removed;
  }

  clear(): void {
    this.checkWritable();
    this.transaction(() => this.db.exec('DELETE FROM deliveries; DELETE FROM exchanges;'));
    this.tally = this.countAll();
  }

  /** Keeps the newest `retain` deliveries (0 keeps all); returns how many went. */
  prune(retain: number): number {
    if (retain <= 0 || this.tally.total <= retain || this.currentState.problem) return 0;
    const cut = this.db.prepare('SELECT id FROM deliveries ORDER BY id DESC LIMIT 1 OFFSET ?').get(retain - 1) as
      | { id: number }
      | undefined;
    if (!cut) return 0;
    let removed = 0;
    this.transaction(() => {
      removed = Number(this.db.prepare('DELETE FROM deliveries WHERE id < ?').run(cut.id).changes);
      this.db.prepare('DELETE FROM exchanges WHERE id < ?').run(cut.id);
    });
    this.tally = this.countAll();
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
