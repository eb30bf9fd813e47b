import { existsSync, mkdirSync } from 'node:fs';
import { UserError } from '@shared/user-error';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { StorageState } from '@shared/contract';
import type { BodyPart, DeliveryDetail } from '@shared/delivery';
import type { DeliveryRecord } from './delivery-record';
import { applySchema } from './schema';
import { WalCheckpointer } from './wal-checkpointer';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL, deliveryParams, exchangeParams } from './insert-statements';
import { COUNT_REMOVAL } from './removals';
import { BODY_SQL, DETAIL_SQL, toDetail, type SqlRow } from './row-mapping';
import { InlineSqlRunner, type SqlRunner } from './sql-runner';
import { ThreadSqlRunner } from './sql-thread';

export const DATABASE_FILE = 'hookbench.db';
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Deliveries in one SQLite file (WAL). Inserts come in batches, one transaction each, so the
 * capture path pays one commit for every burst of requests rather than one per request.
 * When the data dir cannot be used the store lives in memory and says so: the app still starts.
 */
export class DeliveryStore {
  readonly state: StorageState;
  private readonly db: DatabaseSync;
  private readonly insertDelivery: StatementSync;
  private readonly insertExchange: StatementSync;
  private readonly checkpointer: WalCheckpointer | null = null;

  /** `readOnly` (exports) changes nothing on disk and fails in words when there is nothing to read. */
  constructor(dataDir: string, { readOnly = false } = {}) {
    const opened = readOnly ? DeliveryStore.openForReading(dataDir) : DeliveryStore.open(dataDir);
    this.db = opened.db;
    this.state = { dataDir, persistent: opened.persistent, message: opened.message };
    this.insertDelivery = this.db.prepare(INSERT_DELIVERY_SQL);
    this.insertExchange = this.db.prepare(INSERT_EXCHANGE_SQL);
    if (opened.persistent && !readOnly) {
      this.db.exec('PRAGMA wal_autocheckpoint = 0');
      this.checkpointer = new WalCheckpointer(join(dataDir, DATABASE_FILE), () => {
        if (this.db.isOpen) this.db.exec(`PRAGMA wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
      });
    }
  }

  private static openForReading(dataDir: string): { db: DatabaseSync; persistent: boolean; message: null } {
    const path = join(dataDir, DATABASE_FILE);
    if (!existsSync(path)) throw new UserError(`No deliveries are stored in ${dataDir} (there is no ${DATABASE_FILE}).`);
    try {
      const db = new DatabaseSync(path, { readOnly: true });
      db.exec('PRAGMA busy_timeout = 5000;');
      db.prepare('SELECT count(*) FROM deliveries').get();
      return { db, persistent: true, message: null };
    } catch (error) {
      throw new UserError(`Could not read ${path}: ${describe(error)}.`);
    }
  }

  private static open(dataDir: string): { db: DatabaseSync; persistent: boolean; message: string | null } {
    const path = join(dataDir, DATABASE_FILE);
    let db: DatabaseSync | undefined;
    try {
      mkdirSync(dataDir, { recursive: true });
      db = new DatabaseSync(path);
      // NORMAL under WAL: a commit is in the OS's hands before we acknowledge, so killing the
      // process loses nothing acknowledged; only a power cut could, and it costs no fsync per burst.
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
      applySchema(db);
      return { db, persistent: true, message: null };
    } catch (error) {
      db?.close();
      const memory = new DatabaseSync(':memory:');
      applySchema(memory);
      return {
        db: memory,
        persistent: false,
        message:
          `Could not use the data folder ${dataDir} (${describe(error)}). ` +
          'Deliveries are kept in memory only until you choose another folder with --data-dir or HOOKBENCH_DATA_DIR. ' +
          'The existing file was left untouched.',
      };
    }
  }

  /** Stores the records in one transaction on this thread and returns their ids, in order. */
  insertBatch(records: readonly DeliveryRecord[]): number[] {
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

  /** Counts what is stored now (for a one-off message such as the export's). */
  countStored(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM deliveries').get() as { n: number }).n;
  }

  /**
   * A connection for the UI's queries: on a thread of its own for a file (told of every other connection's
   * commit through `onForeignCommit`), or this one for a store in memory, which nothing else can write.
   */
  openReader(onForeignCommit: () => void): SqlRunner {
    if (!this.state.persistent) return new InlineSqlRunner(this.db);
    return new ThreadSqlRunner(join(this.state.dataDir, DATABASE_FILE), onForeignCommit);
  }

  getDetail(id: number): DeliveryDetail | null {
    const r = this.db.prepare(DETAIL_SQL).get(id) as SqlRow | undefined;
    return r ? toDetail(r) : null;
  }

  /** The exact stored bytes; null when the delivery is gone or has no such part (no response yet). */
  getBody(id: number, part: BodyPart): Uint8Array | null {
    const r = this.db.prepare(BODY_SQL[part]).get(id) as
      | { body: Uint8Array | null }
      | undefined;
    return r?.body ?? null;
  }

  /** Every delivery, oldest first, with its detail: for exports, without holding them all at once. */
  *iterateDetails(ids?: readonly number[]): Generator<DeliveryDetail> {
    const idRows = ids
      ? [...new Set(ids)].sort((a, b) => a - b).map((id) => ({ id }))
      : this.db.prepare('SELECT id FROM deliveries ORDER BY id').iterate();
    for (const { id } of idRows as Iterable<{ id: number }>) {
      const detail = this.getDetail(id);
      if (detail) yield detail;
    }
  }

  delete(ids: readonly number[]): number {
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
    this.transaction(() => {
      this.db.exec('DELETE FROM deliveries; DELETE FROM exchanges;');
      this.db.exec(COUNT_REMOVAL);
    });
  }

  /** Keeps the newest `retain` deliveries (0 keeps all); returns how many went. */
  prune(retain: number): number {
    if (retain <= 0) return 0;
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
    if (this.db.isOpen) this.db.close();
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}
