/**
 * The inbox shows a forward as one row with both statuses: each capture on a page gets its leg (what the
 * receiver said) in one lookup by parent id, which the partial index of migration 9 (PARENT_INDEX_SCHEMA)
 * answers as fast on a page deep in a million rows as on the first.
 */
import type { DeliveryRow, ForwardLegStatus } from '@shared/delivery';
import type { SqlRunner } from './sql-runner';

/** Only replays and legs have a parent, so the index holds those rows and the capture's insert never touches it. */
export const PARENT_INDEX_SCHEMA = 'CREATE INDEX IF NOT EXISTS deliveries_by_parent ON deliveries (parent_id) WHERE parent_id IS NOT NULL;';

const LEGS_SQL = `SELECT l.id, l.parent_id AS parentId, l.url, l.status, l.error_kind AS errorKind, e.error_message AS errorMessage,
  l.duration_ms AS durationMs FROM deliveries l LEFT JOIN exchanges e ON e.id = l.id
  WHERE l.parent_id IN (SELECT value FROM json_each(?)) AND l.origin = 'forwarded' ORDER BY l.id`;

type LegRow = ForwardLegStatus & { parentId: number };

/** The rows, each captured one with its forward leg when it has one (the latest, should there be several). */
export async function withForwardLegs(sql: SqlRunner, rows: DeliveryRow[]): Promise<DeliveryRow[]> {
  const captures = rows.filter((row) => row.origin === 'captured').map((row) => row.id);
  if (captures.length === 0) return rows;
  const [legs] = (await sql.run([{ sql: LEGS_SQL, params: [JSON.stringify(captures)], mode: 'all' }])) as [LegRow[]];
  if (legs.length === 0) return rows;
  const byParent = new Map(legs.map(({ parentId, ...leg }) => [parentId, leg]));
  return rows.map((row) => {
    const leg = row.origin === 'captured' ? byParent.get(row.id) : undefined;
    return leg ? { ...row, forwardLeg: leg } : row;
  });
}
