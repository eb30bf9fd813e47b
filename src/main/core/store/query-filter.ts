import type { DeliveryQuery } from '@shared/contract';
import type { StatusClass } from '@shared/delivery';
import { parseQuery, QueryError } from '@shared/query/parse-query';
import { MIN_TEXT_LENGTH, type ParsedQuery, type StatusMatch, type Term } from '@shared/query/query-terms';
import { UserError } from '@shared/user-error';
import { bodyText, contains, freeText, headerMatch, matchingIds, pathText, type SqlPart } from './search-text-sql';

export const STATUS_CLASS_SQL: Record<StatusClass, string> = {
  'internal-error': 'd.error_kind IS NOT NULL',
  pending: '(d.error_kind IS NULL AND d.status IS NULL)',
  success: '(d.error_kind IS NULL AND d.status BETWEEN 200 AND 299)',
  failure: '(d.error_kind IS NULL AND d.status IS NOT NULL AND d.status NOT BETWEEN 200 AND 299)',
};

function statusSql(status: StatusMatch): SqlPart {
  if ('code' in status) return { sql: '(d.error_kind IS NULL AND d.status = ?)', params: [status.code] };
  if ('hundreds' in status) return { sql: '(d.error_kind IS NULL AND d.status BETWEEN ? AND ?)', params: [status.hundreds * 100, status.hundreds * 100 + 99] };
  // GitLab counts a hook as failed on 4xx, 5xx, a timeout or a transport error.
  if (status.state === 'failed') return { sql: '(d.error_kind IS NOT NULL OR d.status >= 400)', params: [] };
  return { sql: STATUS_CLASS_SQL[status.state], params: [] };
}

/** A glob over the path alone (the query string left out). */
const PATH_ONLY = "substr(d.url, 1, instr(d.url || '?', '?') - 1)";

function termSql(term: Term): SqlPart {
  switch (term.kind) {
    case 'text':
      return matchingIds(freeText(term.text));
    case 'body':
      return matchingIds(bodyText(term.text));
    case 'header':
      return matchingIds(headerMatch(term.name, term.value));
    case 'path':
      if (term.glob) return { sql: `${PATH_ONLY} GLOB ?`, params: [term.pattern] };
      return term.pattern.length >= MIN_TEXT_LENGTH ? matchingIds(pathText(term.pattern)) : contains('d.url', term.pattern);
    case 'status':
      return statusSql(term.status);
    case 'event':
      return { sql: 'd.event = ? COLLATE NOCASE', params: [term.name] };
    case 'method':
      return { sql: 'd.method = ?', params: [term.name] };
    case 'origin':
      return { sql: 'd.origin = ?', params: [term.origin] };
    case 'verdict':
      return { sql: '(d.token_check = ? OR d.signature_check = ?)', params: [term.verdict, term.verdict] };
    case 'target':
      return { sql: "(d.url NOT LIKE '/%' AND instr(lower(d.url), ?) > 0)", params: [`//${term.host.toLowerCase()}`] };
    case 'size':
      return { sql: `d.request_size ${term.operator} ?`, params: [term.bytes] };
    case 'after':
      return { sql: 'd.received_at >= ?', params: [term.at] };
    case 'before':
      return { sql: 'd.received_at < ?', params: [term.at] };
  }
}

function negatable(term: Term): SqlPart {
  const part = termSql(term);
  // A NULL column (no event, no status yet) is "not this" rather than unknown.
  return term.negated ? { sql: `NOT coalesce(${part.sql}, 0)`, params: part.params } : part;
}

function all(parts: readonly SqlPart[], joiner: ' AND ' | ' OR '): SqlPart {
  return { sql: parts.map((p) => `(${p.sql})`).join(joiner), params: parts.flatMap((p) => p.params) };
}

/** The query language as SQL over `deliveries d`, every value a parameter. */
export function querySql(parsed: ParsedQuery): SqlPart | null {
  if (!parsed.groups.length) return null;
  return all(parsed.groups.map((group) => all(group.map(negatable), ' AND ')), ' OR ');
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
  const search = parsed ? querySql(parsed) : null;
  if (search) conditions.push(search);
  const legsAsked = Boolean(query.origins?.length) || query.parentId !== undefined || (parsed !== null && asksForLegs(parsed));
  if (conditions.length > 0 && !legsAsked) conditions.push({ sql: NOT_A_LEG, params: [] });
  return conditions.length ? { sql: `WHERE ${all(conditions, ' AND ').sql}`, params: conditions.flatMap((c) => c.params) } : { sql: '', params: [] };
}
