/** `hookbench list --query '…'`: the deliveries a search matches, as a table or (--json) one JSON line each. */
import { statusLabel, type DeliveryRow } from '@shared/delivery';
import { maskSecrets } from '../../core/export/redaction';
import { openStoredQuery } from '../../core/query/stored-query';
import type { SecretKeyChoice } from '../../core/secrets/secret-key';
import { SecretStore } from '../../core/secrets/secret-store';
import { deliveryJsonLine } from './access-log';

export const DEFAULT_LIST_LIMIT = 50;

function table(rows: readonly DeliveryRow[]): string {
  const cells = rows.map((row) => [`#${row.id}`, new Date(row.receivedAt).toISOString(), row.method, statusLabel(row), row.event ?? '', row.url]);
  const header = ['ID', 'TIME', 'METHOD', 'STATUS', 'EVENT', 'PATH'];
  const widths = header.map((name, i) => Math.max(name.length, ...cells.map((c) => c[i].length)));
  const line = (cols: string[]) => cols.map((col, i) => (i === cols.length - 1 ? col : col.padEnd(widths[i]))).join('  ');
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}

/** The matches, newest first, with secrets in their URLs masked as the UI shows them. */
export async function listMatches(dataDir: string, search: string, limit: number, key: SecretKeyChoice): Promise<DeliveryRow[]> {
  const query = openStoredQuery(dataDir);
  try {
    const redaction = maskSecrets(new SecretStore(dataDir, key).heldValues());
    return (await query.rows(search, limit)).map((row) => redaction.row(row));
  } finally {
    query.close();
  }
}

export function listText(rows: readonly DeliveryRow[], json: boolean): string {
  if (json) return rows.map((row) => `${deliveryJsonLine(row)}\n`).join('');
  return rows.length ? table(rows) : 'No delivery matches.\n';
}

/** The ids an export takes for `--query`, oldest first as the export writes them. */
export async function matchingIds(dataDir: string, search: string): Promise<number[]> {
  const query = openStoredQuery(dataDir);
  try {
    return (await query.rows(search)).map((row) => row.id).reverse();
  } finally {
    query.close();
  }
}
