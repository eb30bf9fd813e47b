import type { Counts, DeliveryPage, DeliveryQuery } from '@shared/contract';
import type { BodyPart, DeliveryDetail, DeliveryRow } from '@shared/delivery';
import { TALLY_NOW, toSnapshot, type TallySnapshot } from './folder-tally';
import { whereClause } from './query-filter';
import { BODY_SQL, DETAIL_SQL, ROW_COLUMNS, toDetail, toRow, type SqlRow } from './row-mapping';
import type { SqlRunner } from './sql-runner';

/** What changed in the folder since a reader last looked: the newest rows first, at most `limit`. */
export interface FolderChange {
  snapshot: TallySnapshot;
  /** The highest id stored now. */
  maxId: number;
  rows: DeliveryRow[];
}

/** Every query the UI makes, answered off the receiver's thread (for a store on disk). */
export class DeliveryReader {
  constructor(private readonly sql: SqlRunner) {}

  async list(query: DeliveryQuery): Promise<DeliveryPage> {
    const { sql, params } = whereClause(query);
    const [rows, total] = (await this.sql.run([
      { sql: `SELECT ${ROW_COLUMNS} FROM deliveries d ${sql} ORDER BY d.id DESC LIMIT ? OFFSET ?`, params: [...params, query.limit, query.offset], mode: 'all' },
      // Unfiltered, the folder's tally answers in the same snapshot as the rows, without counting them.
      sql
        ? { sql: `SELECT count(*) AS total FROM deliveries d ${sql}`, params, mode: 'get' }
        : { sql: 'SELECT total FROM delivery_tally', params: [], mode: 'get' },
    ])) as [SqlRow[], { total: number }];
    return { rows: rows.map(toRow), total: total.total };
  }

  async detail(id: number): Promise<DeliveryDetail | null> {
    const [row] = (await this.sql.run([{ sql: DETAIL_SQL, params: [id], mode: 'get' }])) as [SqlRow | undefined];
    return row ? toDetail(row) : null;
  }

  /** The exact stored bytes; null when the delivery is gone or has no such part (no response yet). */
  async body(id: number, part: BodyPart): Promise<Uint8Array | null> {
    const [row] = (await this.sql.run([{ sql: BODY_SQL[part], params: [id], mode: 'get' }])) as [{ body: Uint8Array | null } | undefined];
    return row?.body ?? null;
  }

  async counts(): Promise<Counts> {
    return (await this.snapshot()).counts;
  }

  async snapshot(): Promise<TallySnapshot> {
    const [row] = (await this.sql.run([{ sql: TALLY_NOW, params: [], mode: 'get' }])) as [SqlRow];
    return toSnapshot(row);
  }

  /** The rows above `afterId`, newest first (at most `limit`), with the tally they belong to. */
  async changesSince(afterId: number, limit: number): Promise<FolderChange> {
    const [rows, tally, max] = (await this.sql.run([
      { sql: `SELECT ${ROW_COLUMNS} FROM deliveries d WHERE d.id > ? ORDER BY d.id DESC LIMIT ?`, params: [afterId, limit], mode: 'all' },
      { sql: TALLY_NOW, params: [], mode: 'get' },
      { sql: 'SELECT coalesce(max(id), 0) AS maxId FROM deliveries', params: [], mode: 'get' },
    ])) as [SqlRow[], SqlRow, { maxId: number }];
    return { snapshot: toSnapshot(tally), maxId: max.maxId, rows: rows.map(toRow) };
  }
}
