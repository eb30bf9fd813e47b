import type { DeliveryQuery } from '@shared/contract';
import type { StatusClass } from '@shared/delivery';

export const STATUS_CLASS_SQL: Record<StatusClass, string> = {
  'internal-error': 'd.error_kind IS NOT NULL',
  pending: '(d.error_kind IS NULL AND d.status IS NULL)',
  success: '(d.error_kind IS NULL AND d.status BETWEEN 200 AND 299)',
  failure: '(d.error_kind IS NULL AND d.status IS NOT NULL AND d.status NOT BETWEEN 200 AND 299)',
};

/**
 * A forward's leg is shown, counted and removed with its capture, as one item: lists leave legs out unless
 * asked for them by origin ("Forwarded") or as a delivery's chain (parentId).
 */
export const NOT_A_LEG = "d.origin != 'forwarded'";

/** The WHERE clause for a list query; empty when the query filters nothing but legs (see NOT_A_LEG). */
export function whereClause(query: DeliveryQuery): { sql: string; params: Array<string | number> } {
  const conditions: string[] = [];
  const params: Array<string | number> = [];
  if (query.statusClasses?.length) {
    conditions.push(`(${query.statusClasses.map((c) => STATUS_CLASS_SQL[c]).join(' OR ')})`);
  }
  if (query.origins?.length) {
    conditions.push(`d.origin IN (${query.origins.map(() => '?').join(', ')})`);
    params.push(...query.origins);
  }
  if (query.parentId !== undefined) {
    conditions.push('d.parent_id = ?');
    params.push(query.parentId);
  }
  if (query.event) {
    conditions.push('d.event = ?');
    params.push(query.event);
  }
  const search = query.search?.trim();
  if (search) {
    // Bodies are read as UTF-8 text here; like lower(), the match ignores case for ASCII letters.
    conditions.push(`(instr(lower(coalesce(d.event, '')), lower(?)) > 0 OR instr(lower(d.url), lower(?)) > 0
      OR EXISTS (SELECT 1 FROM exchanges e WHERE e.id = d.id
        AND instr(lower(CAST(e.request_body AS TEXT)), lower(?)) > 0))`);
    params.push(search, search, search);
  }
  if (conditions.length > 0 && !query.origins?.length && query.parentId === undefined) conditions.push(NOT_A_LEG);
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
