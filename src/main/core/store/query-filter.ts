import type { DeliveryQuery } from '@shared/contract';
import type { StatusClass } from '@shared/delivery';
import { parseQuery, QueryError } from '@shared/query/parse-query';
import { MIN_TEXT_LENGTH, type ParsedQuery, type StatusMatch, type Term } from '@shared/query/query-terms';
import { UserError } from '@shared/user-error';
import { anyOf, bodyText, contains, freeText, headerMatch, matchingIds, pathText, type SqlPart } from './search-text-sql';

export const STATUS_CLASS_SQL: Record<StatusClass, string> = {
  'internal-error': 'd.error_kind IS NOT NULL',
  pending: '(d.error_kind IS NULL AND d.status IS NULL)',
  success: '(d.error_kind IS NULL AND d.status BETWEEN 200 AND 299)',
  failure: '(d.error_kind IS NULL AND d.status IS NOT NULL AND d.status NOT BETWEEN 200 AND 299)',
};

/** The SQL of a status class about the row aliased `row` (STATUS_CLASS_SQL is about `d`). */
const statusClassOf = (state: StatusClass, row: string) => STATUS_CLASS_SQL[state].replaceAll('d.', `${row}.`);

function statusSql(status: StatusMatch, row: string): SqlPart {
  if ('code' in status) return { sql: `(${row}.error_kind IS NULL AND ${row}.status = ?)`, params: [status.code] };
  if ('hundreds' in status) return { sql: `(${row}.error_kind IS NULL AND ${row}.status BETWEEN ? AND ?)`, params: [status.hundreds * 100, status.hundreds * 100 + 99] };
  // GitLab counts a hook as failed on 4xx, 5xx, a timeout or a transport error.
  if (status.state === 'failed') return { sql: `(${row}.error_kind IS NOT NULL OR ${row}.status >= 400)`, params: [] };
  return { sql: statusClassOf(status.state, row), params: [] };
}

/** A glob over the path alone (the query string left out). */
const pathOnly = (row: string) => `substr(${row}.url, 1, instr(${row}.url || '?', '?') - 1)`;

/** A term about one row of `deliveries`, aliased `row`: `d` the listed row, `l` a forward leg. */
function termSql(term: Term, row: string): SqlPart {
  switch (term.kind) {
    case 'text':
      return matchingIds(freeText(term.text), row);
    case 'body':
      return matchingIds(bodyText(term.text), row);
    case 'header':
      return matchingIds(headerMatch(term.name, term.value), row);
    case 'path':
      if (term.glob) return { sql: `${pathOnly(row)} GLOB ?`, params: [term.pattern] };
      return term.pattern.length >= MIN_TEXT_LENGTH ? matchingIds(pathText(term.pattern), row) : contains(`${row}.url`, term.pattern);
    case 'status':
      return statusSql(term.status, row);
    case 'event':
      return { sql: `${row}.event = ? COLLATE NOCASE`, params: [term.name] };
    case 'method':
      return { sql: `${row}.method = ?`, params: [term.name] };
    case 'origin':
      return { sql: `${row}.origin = ?`, params: [term.origin] };
    case 'verdict':
      return { sql: `(${row}.token_check = ? OR ${row}.signature_check = ?)`, params: [term.verdict, term.verdict] };
    case 'target':
      return { sql: `(${row}.url NOT LIKE '/%' AND instr(lower(${row}.url), ?) > 0)`, params: [`//${term.host.toLowerCase()}`] };
    case 'size':
      return { sql: `${row}.request_size ${term.operator} ?`, params: [term.bytes] };
    case 'after':
      return { sql: `${row}.received_at >= ?`, params: [term.at] };
    case 'before':
      return { sql: `${row}.received_at < ?`, params: [term.at] };
  }
}

/** The leg `l`'s answer body (the receiver's words) contains the text: read by its id, for legs only. */
function legAnswerContains(text: string): SqlPart {
  const check = contains('CAST(a.response_body AS TEXT)', text);
  return { sql: `EXISTS (SELECT 1 FROM exchanges a WHERE a.id = l.id AND ${check.sql})`, params: check.params };
}

/**
 * A term about a listed pair: the capture or its forward leg satisfies it (the receiver's status, its URL for
 * `target:`, the headers as forwarded, and for free text also the words of the receiver's answer). The legs'
 * ids come from one uncorrelated subquery, so SQLite builds that set once per query.
 */
function eitherLeg(term: Term): SqlPart {
  const own = termSql(term, 'd');
  const leg = termSql(term, 'l');
  const legMatch = term.kind === 'text' ? anyOf([leg, legAnswerContains(term.text)]) : leg;
  return {
    sql: `(${own.sql} OR d.id IN (SELECT l.parent_id FROM deliveries l WHERE l.origin = 'forwarded' AND ${legMatch.sql}))`,
    params: [...own.params, ...legMatch.params],
  };
}

function negatable(term: Term, pairs: boolean): SqlPart {
  const part = pairs ? eitherLeg(term) : termSql(term, 'd');
  // A NULL column (no event, no status yet) is "not this" rather than unknown.
  return term.negated ? { sql: `NOT coalesce(${part.sql}, 0)`, params: part.params } : part;
}

function all(parts: readonly SqlPart[], joiner: ' AND ' | ' OR '): SqlPart {
  return { sql: parts.map((p) => `(${p.sql})`).join(joiner), params: parts.flatMap((p) => p.params) };
}

/**
 * The query language as SQL over `deliveries d`, every value a parameter. Over `pairs` (a list that shows a forward
 * as its capture), each term holds when it holds of the capture or of its leg.
 */
export function querySql(parsed: ParsedQuery, pairs = false): SqlPart | null {
  if (!parsed.groups.length) return null;
  return all(parsed.groups.map((group) => all(group.map((term) => negatable(term, pairs)), ' AND ')), ' OR ');
}

function parsedSearch(search: string): ParsedQuery {
  try {
    return parseQuery(search);
  } catch (error) {
    if (error instanceof QueryError) throw new UserError(error.message);
    throw error;
  }
}

/**
 * A forward's leg is shown, counted and removed with its capture, as one item: lists leave legs out unless
 * asked for them by origin ("Forwarded", `origin:forwarded`) or as a delivery's chain (parentId).
 */
export const NOT_A_LEG = "d.origin != 'forwarded'";

function asksForLegs(parsed: ParsedQuery): boolean {
  return parsed.groups.some((group) => group.some((term) => term.kind === 'origin' && term.origin === 'forwarded' && !term.negated));
}

/**
 * The WHERE clause for a list query's matches (its page's `beforeId` left to the caller); empty when it filters
 * nothing (the caller then leaves out legs itself: see NOT_A_LEG).
 */
export function whereClause(query: DeliveryQuery): SqlPart {
  const conditions: SqlPart[] = [];
  if (query.statusClasses?.length) {
    conditions.push({ sql: query.statusClasses.map((c) => STATUS_CLASS_SQL[c]).join(' OR '), params: [] });
  }
  if (query.origins?.length) conditions.push({ sql: `d.origin IN (${query.origins.map(() => '?').join(', ')})`, params: [...query.origins] });
  if (query.parentId !== undefined) conditions.push({ sql: 'd.parent_id = ?', params: [query.parentId] });
  if (query.event) conditions.push({ sql: 'd.event = ?', params: [query.event] });
  const parsed = query.search ? parsedSearch(query.search) : null;
  const legsAsked = Boolean(query.origins?.length) || query.parentId !== undefined || (parsed !== null && asksForLegs(parsed));
  const search = parsed ? querySql(parsed, !legsAsked) : null;
  if (search) conditions.push(search);
  if (conditions.length > 0 && !legsAsked) conditions.push({ sql: NOT_A_LEG, params: [] });
  return conditions.length ? { sql: `WHERE ${all(conditions, ' AND ').sql}`, params: conditions.flatMap((c) => c.params) } : { sql: '', params: [] };
}
