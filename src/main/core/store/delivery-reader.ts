import { MATCH_COUNT_CAP, type Counts, type DeliveryPage, type DeliveryQuery, type SearchIndexProgress } from '@shared/contract';
import type { BodyPart, DeliveryDetail, DeliveryRow } from '@shared/delivery';
import { answeredSince, countStatement, countedAfter, NOTHING_COUNTED, type Counted } from './folder-counts';
import { NOT_A_LEG, whereClause } from './query-filter';
import { withForwardLegs } from './forward-legs';
import { BODY_SQL, BODY_START_SQL, DETAIL_SQL, ROW_COLUMNS, toDetail, toRow, type SqlRow } from './row-mapping';
import type { SqlRunner } from './sql-runner';
import type { SqlPart } from './search-text-sql';

type SqlInputs = SqlPart['params'];

const INDEX_PROGRESS_SQL = `SELECT indexed_through AS indexedThrough,
  coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'deliveries'), 0) AS newestId FROM search_index_state`;

/** The page's rows: the matches, below `beforeId` when paging by key. */
function pageSql(where: string, params: SqlInputs, query: DeliveryQuery): { sql: string; params: SqlInputs } {
  if (query.beforeId === undefined) return { sql: where, params };
  return { sql: `${where ? `${where} AND` : 'WHERE'} d.id < ?`, params: [...params, query.beforeId] };
}

/**
 * The folder as one snapshot saw it, with the rows above a given id and the rows at or below it that changed
 * since (forwards' captures that got their answer): each newest first, at most `limit`.
 */
export interface FolderChange {
  counted: Counted;
  rows: DeliveryRow[];
  answered: DeliveryRow[];
}

/**
 * Every query the UI makes, answered off the receiver's thread (for a store on disk). It keeps the folder's
 * counts, true whichever process wrote: each query that needs them counts only the rows added since.
 */
export class DeliveryReader {
  private counted: Counted = NOTHING_COUNTED;

  constructor(private readonly sql: SqlRunner) {}

  /** The folder's store was replaced (moved aside, recovered, another folder): count it afresh. */
  forget(): void {
    this.counted = NOTHING_COUNTED;
  }

  async list(query: DeliveryQuery): Promise<DeliveryPage> {
    const { sql, params } = whereClause(query);
    const base = this.counted;
    const page = pageSql(sql || `WHERE ${NOT_A_LEG}`, params, query);
    const [rows, count, index] = (await this.sql.run([
      { sql: `SELECT ${ROW_COLUMNS} FROM deliveries d ${page.sql} ORDER BY d.id DESC LIMIT ? OFFSET ?`, params: [...page.params, query.limit, query.offset], mode: 'all' },
      // Unfiltered, the folder's counts answer in the same snapshot as the rows, counting only the new ones.
      sql
        ? { sql: `SELECT count(*) AS total FROM (SELECT 1 FROM deliveries d ${sql} LIMIT ?)`, params: [...params, MATCH_COUNT_CAP + 1], mode: 'get' }
        : countStatement(base),
      ...(query.search ? [{ sql: INDEX_PROGRESS_SQL, params: [], mode: 'get' as const }] : []),
    ])) as [SqlRow[], { total: number }, SearchIndexProgress | undefined];
    const result: DeliveryPage = { rows: await withForwardLegs(this.sql, rows.map(toRow)), total: sql ? Math.min(count.total, MATCH_COUNT_CAP) : this.note(base, count).counts.total };
    if (sql && count.total > MATCH_COUNT_CAP) result.totalCapped = true;
    if (index) result.searchIndex = { indexedThrough: index.indexedThrough, newestId: index.newestId };
    return result;
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

  /** The first `length` stored bytes and the whole body's size (SQLite cuts them, so only they cross threads); null as body() is. */
  async bodyStart(id: number, part: BodyPart, length: number): Promise<{ start: Uint8Array; size: number } | null> {
    const [row] = (await this.sql.run([{ sql: BODY_START_SQL[part], params: [length, id], mode: 'get' }])) as [{ start: Uint8Array | null; size: number | null } | undefined];
    // SQLite's substr() of an empty blob is NULL: a body of 0 bytes is there all the same.
    return row && row.size !== null ? { start: row.start ?? new Uint8Array(), size: row.size } : null;
  }

  async counts(): Promise<Counts> {
    return (await this.countNow()).counts;
  }

  private async countNow(): Promise<Counted> {
    const base = this.counted;
    const [count] = await this.sql.run([countStatement(base)]);
    return this.note(base, count);
  }

  /**
   * The rows above `afterId` and those below it answered since, newest first (at most `limit` each), with the
   * folder's counts in the same snapshot.
   */
  async changesSince(afterId: number, limit: number): Promise<FolderChange> {
    // No rows wanted: the count alone, not two more statements that give none.
    if (limit === 0) return { counted: await this.countNow(), rows: [], answered: [] };
    const base = this.counted;
    const [rows, answered, count] = (await this.sql.run([
      { sql: `SELECT ${ROW_COLUMNS} FROM deliveries d WHERE d.id > ? AND ${NOT_A_LEG} ORDER BY d.id DESC LIMIT ?`, params: [afterId, limit], mode: 'all' },
      { sql: `SELECT ${ROW_COLUMNS} FROM deliveries d WHERE ${answeredSince('?1')} ORDER BY d.id DESC LIMIT ?2`, params: [afterId, limit], mode: 'all' },
      countStatement(base),
    ])) as [SqlRow[], SqlRow[], unknown];
    const counted = this.note(base, count);
    const [shown, answeredShown] = await Promise.all([withForwardLegs(this.sql, rows.map(toRow)), withForwardLegs(this.sql, answered.map(toRow))]);
    return { counted, rows: shown, answered: answeredShown };
  }

  /**
   * Answers come back in the order the thread ran them, so the last one is the newest snapshot; each is
   * counted from the state it was asked against, so one asked before another's answer is still right.
   */
  private note(base: Counted, row: unknown): Counted {
    this.counted = countedAfter(base, row);
    return this.counted;
  }
}
