import type { SQLInputValue } from 'node:sqlite';
import { MIN_TEXT_LENGTH } from '@shared/query/query-terms';

/**
 * Text terms as sets of delivery ids: from the FTS5 index (search_text, trigram) for the ids it has covered,
 * and by a scan for the rest: the ids above its high-water mark (indexed later, off the capture path), the
 * bodies it holds only in part (search_partial), and deliveries an undo put back (restored_ids). So a query answers right while the index is being built.
 */
export interface SqlPart {
  sql: string;
  params: SQLInputValue[];
}

export type IndexedColumn = 'path' | 'event' | 'headers' | 'body';

const INDEXED_THROUGH = '(SELECT indexed_through FROM search_index_state)';

/** An FTS5 string: the text as one substring to find, in the given columns. */
function phrase(columns: readonly IndexedColumn[], text: string): string {
  return `{${columns.join(' ')}} : "${text.replaceAll('"', '""')}"`;
}

/** Contains, ignoring case as SQLite's lower() does (ASCII letters); the index folds case the same way for them. */
export function contains(expression: string, text: string): SqlPart {
  return { sql: `instr(lower(${expression}), ?) > 0`, params: [text.toLowerCase()] };
}

export function anyOf(parts: readonly SqlPart[]): SqlPart {
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
}

/** The request body as the scan reads it (UTF-8 text), in `exchanges` aliased `e`. */
export const BODY_TEXT_SQL = 'CAST(e.request_body AS TEXT)';

export interface TextSearch {
  /** The FTS5 expressions that must all match (each phrase at least 3 characters long: shorter ones match nothing). */
  indexed: string[];
  /** What must hold of a row (deliveries `x`, exchanges `e`), checked by the scan and after the index. */
  check: SqlPart;
  /** Whether `check` needs to be applied after the index too (the index finds candidates only). */
  recheck: boolean;
  /** Whether the term looks in bodies, so bodies indexed only in part are scanned too. */
  readsBody: boolean;
}

/** The ids of deliveries that satisfy `search`: `d.id IN (...)`, or the id of the row aliased `row`. */
export function matchingIds(search: TextSearch, row = 'd'): SqlPart {
  const { check } = search;
  const indexed: SqlPart = {
    sql: `SELECT s.rowid FROM search_text s${search.recheck ? ' JOIN exchanges e ON e.id = s.rowid' : ''}
      WHERE search_text MATCH ?${search.recheck ? ` AND ${check.sql}` : ''}`,
    params: [search.indexed.join(' AND '), ...(search.recheck ? check.params : [])],
  };
  const unindexed = `SELECT x.id FROM deliveries x JOIN exchanges e ON e.id = x.id WHERE x.id > ${INDEXED_THROUGH} AND ${check.sql}`;
  const partial = `SELECT x.id FROM search_partial p JOIN deliveries x ON x.id = p.id JOIN exchanges e ON e.id = p.id WHERE ${check.sql}`;
  // Put back by an undo after the index had passed their ids: in no index, below its mark.
  const restored = `SELECT x.id FROM restored_ids r JOIN deliveries x ON x.id = r.id JOIN exchanges e ON e.id = r.id WHERE ${check.sql}`;
  const parts = [indexed, { sql: unindexed, params: check.params }, { sql: restored, params: check.params }];
  if (search.readsBody) parts.push({ sql: partial, params: check.params });
  return { sql: `${row}.id IN (${parts.map((p) => p.sql).join(' UNION ALL ')})`, params: parts.flatMap((p) => p.params) };
}

/** Free text: path, event, header names and values, body. */
export function freeText(text: string): TextSearch {
  return {
    indexed: [phrase(['path', 'event', 'headers', 'body'], text)],
    check: anyOf([contains('x.url', text), contains("coalesce(x.event, '')", text), contains('e.request_headers', text), contains(BODY_TEXT_SQL, text)]),
    recheck: false,
    readsBody: true,
  };
}

export function bodyText(text: string): TextSearch {
  return { indexed: [phrase(['body'], text)], check: contains(BODY_TEXT_SQL, text), recheck: false, readsBody: true };
}

/** The path contains `text` (at least 3 characters: a shorter one is matched on the narrow table alone). */
export function pathText(text: string): TextSearch {
  return { indexed: [phrase(['path'], text)], check: contains('x.url', text), recheck: false, readsBody: false };
}

/** A request header by name (any case), with a value containing `value` when given; the index narrows, JSON decides. */
export function headerMatch(name: string, value: string | null): TextSearch {
  const valueCheck = value === null ? null : contains(`(e.request_headers ->> ('$[' || (h.key + 1) || ']'))`, value);
  const check: SqlPart = {
    sql: `EXISTS (SELECT 1 FROM json_each(e.request_headers) h WHERE h.key % 2 = 0 AND lower(h.value) = ?${valueCheck ? ` AND ${valueCheck.sql}` : ''})`,
    params: [name.toLowerCase(), ...(valueCheck?.params ?? [])],
  };
  const indexed = [phrase(['headers'], `${name}: `)];
  if (value !== null && value.length >= MIN_TEXT_LENGTH) indexed.push(phrase(['headers'], value));
  return { indexed, check, recheck: true, readsBody: false };
}
