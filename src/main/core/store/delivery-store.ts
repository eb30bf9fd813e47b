import { existsSync, mkdirSync } from 'node:fs';
import { UserError } from '@shared/user-error';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Counts, DeliveryPage, DeliveryQuery, StorageState } from '@shared/contract';
import { statusClass, type BodyBytes, type BodyPart, type DeliveryDetail, type DeliveryRow, type RawHeaders } from '@shared/delivery';
import type { DeliveryRecord } from './delivery-record';
import { applySchema } from './schema';
import { WalCheckpointer } from './wal-checkpointer';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL, deliveryParams, exchangeParams } from './insert-statements';
import { whereClause } from './query-filter';
import { readBodyRange } from './body-range';

export const DATABASE_FILE = 'hookbench.db';
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

const ROW_COLUMNS = `d.id, d.origin, d.parent_id, d.received_at, d.method, d.url, d.provider, d.event, d.status,
  d.error_kind, d.duration_ms, d.request_size, d.over_limit, d.token_check, d.signature_check`;

type SqlRow = Record<string, unknown>;

function toRow(r: SqlRow): DeliveryRow {
  return {
    id: r.id as number,
    origin: r.origin as DeliveryRow['origin'],
    parentId: (r.parent_id as number | null) ?? null,
    receivedAt: r.received_at as number,
    method: r.method as string,
    url: r.url as string,
    provider: r.provider as DeliveryRow['provider'],
    event: (r.event as string | null) ?? null,
    status: (r.status as number | null) ?? null,
    errorKind: (r.error_kind as DeliveryRow['errorKind']) ?? null,
    durationMs: (r.duration_ms as number | null) ?? null,
    requestSize: r.request_size as number,
    overLimit: r.over_limit === 1,
    tokenCheck: r.token_check as DeliveryRow['tokenCheck'],
    signatureCheck: r.signature_check as DeliveryRow['signatureCheck'],
  };
}

function toPairs(json: string | null): RawHeaders | null {
  if (json === null) return null;
  const flat = JSON.parse(json) as string[];
  const pairs: RawHeaders = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return pairs;
}

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
  private tally: Counts;
  private readonly checkpointer: WalCheckpointer | null = null;

  /** `readOnly` (exports) changes nothing on disk and fails in words when there is nothing to read. */
  constructor(dataDir: string, { readOnly = false } = {}) {
    const opened = readOnly ? DeliveryStore.openForReading(dataDir) : DeliveryStore.open(dataDir);
    this.db = opened.db;
    this.state = { dataDir, persistent: opened.persistent, message: opened.message };
    this.insertDelivery = this.db.prepare(INSERT_DELIVERY_SQL);
    this.insertExchange = this.db.prepare(INSERT_EXCHANGE_SQL);
    this.tally = this.countAll();
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
    if (!r) return null;
    return {
      ...toRow(r),
      httpVersion: r.http_version as string,
      remoteAddress: (r.remote_address as string | null) ?? null,
      requestHeaders: toPairs(r.request_headers as string) ?? [],
      responseHeaders: toPairs(r.response_headers as string | null),
      responseSize: (r.response_size as number | null) ?? null,
      errorMessage: (r.error_message as string | null) ?? null,
      tokenReason: (r.token_reason as string | null) ?? null,
      signatureReason: (r.signature_reason as string | null) ?? null,
    };
  }

  /** The exact stored bytes; null when the delivery is gone or has no such part (no response yet). */
  getBody(id: number, part: BodyPart): Uint8Array | null {
    const column = part === 'request' ? 'request_body' : 'response_body';
    const r = this.db.prepare(`SELECT ${column} AS body FROM exchanges WHERE id = ?`).get(id) as
      | { body: Uint8Array | null }
      | undefined;
    return r?.body ?? null;
  }

  /** A slice of a stored body, for showing its start before the rest arrives. */
  getBodyRange(id: number, part: BodyPart, offset: number, limit: number | null): BodyBytes | null {
    return readBodyRange(this.db, id, part, offset, limit);
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
    this.transaction(() => this.db.exec('DELETE FROM deliveries; DELETE FROM exchanges;'));
    this.tally = this.countAll();
  }

  /** Keeps the newest `retain` deliveries (0 keeps all); returns how many went. */
  prune(retain: number): number {
    if (retain <= 0 || this.tally.total <= retain) return 0;
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
