import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DeliveryRow } from '@shared/delivery';
import { attachSearchIndex, SEARCH_INDEX_FILE } from '../store/search-index-schema';
import { DeliveryReader } from '../store/delivery-reader';
import { openStoreForReading } from '../store/open-store';
import { InlineSqlRunner } from '../store/sql-runner';

/** Rows fetched per query while collecting matches: pages by key, so the last is as quick as the first. */
const PAGE = 1000;

/** What a one-shot command (`list`, `export`) reads through the search language: a store opened read-only. */
export interface StoredQuery {
  /** The newest `limit` matches, newest first (all of them without a limit). */
  rows(search: string, limit?: number): Promise<DeliveryRow[]>;
  close(): void;
}

export function openStoredQuery(dataDir: string): StoredQuery {
  const reading = openStoreForReading(dataDir);
  const index = join(dataDir, SEARCH_INDEX_FILE);
  attachSearchIndex(reading.db, existsSync(index) ? index : null, true);
  const reader = new DeliveryReader(new InlineSqlRunner(reading.db));
  return {
    async rows(search, limit = Number.POSITIVE_INFINITY) {
      const found: DeliveryRow[] = [];
      let beforeId: number | undefined;
      while (found.length < limit) {
        const page = await reader.list({ offset: 0, limit: Math.min(PAGE, limit - found.length), search, ...(beforeId ? { beforeId } : {}) });
        found.push(...page.rows);
        if (page.rows.length === 0 || found.length >= limit) break;
        beforeId = page.rows[page.rows.length - 1].id;
      }
      return found;
    },
    close() {
      reading.db.close();
      reading.release();
    },
  };
}
