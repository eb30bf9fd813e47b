/**
 * A target's deliveries as GitLab's count sees them: forwards and sends to that exact URL (scheme, host, port
 * and path; any query). Replays and check runs keep their own verdicts, so they are left out. The newest
 * thousand are plenty: nothing before the last success changes the verdict, and 40 failures end it.
 */
import type { SqlRunner } from '../store/sql-runner';
import type { TargetDelivery } from './gitlab-verdict';

const HISTORY_LIMIT = 1000;

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function targetHistory(sql: SqlRunner, target: string): Promise<TargetDelivery[]> {
  const [rows] = (await sql.run([
    {
      sql: `SELECT id, received_at AS at, status, duration_ms AS durationMs FROM deliveries
        WHERE origin IN ('forwarded', 'sample') AND (url = ? OR url LIKE ? ESCAPE '\\') ORDER BY id DESC LIMIT ?`,
      params: [target, `${likeEscaped(target)}?%`, HISTORY_LIMIT],
      mode: 'all',
    },
  ])) as [TargetDelivery[]];
  return rows.reverse();
}
