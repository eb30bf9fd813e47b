import type { DatabaseSync } from 'node:sqlite';

export interface IndexerOptions {
  /** Ids per batch: each batch is one short write transaction. */
  batchIds: number;
  /** Body bytes per batch at most (a batch always takes its first delivery), so big bodies make short transactions too. */
  batchBytes: number;
  /** Bytes of a body put in the index; a longer body is also listed for a scan of its tail. */
  bodyCap: number;
  /** How long the folder must be quiet (no new delivery) before the indexer takes the write lock. */
  quietMs: number;
  /**
   * Past this many unindexed deliveries the indexer goes on while hooks arrive (a batch per `quietMs`), so scans stay
   * short, as long as fewer than `batchIds` came since its last step: a faster stream waits for the quiet.
   */
  maxBacklog: number;
  /** The pause between two batches of a long build, so queries on this thread still answer at once. */
  pauseMs: number;
}

/**
 * GitLab's bodies are 1-30 KB, so a 64 KB cap indexes them whole; a longer body's tail is scanned. Measured on 100 bodies of
 * 1 MB (bench/live.mjs): with a 1 MB cap and 2 MB batches the build wrote 767 MB to disk in 8.6 s, in batches of up to 1.1 s,
 * and capture's answer times suffered while it ran; with these, 27 MB in 0.26 s, no batch past 40 ms.
 */
export const INDEXER_OPTIONS: IndexerOptions = { batchIds: 200, batchBytes: 512 * 1024, bodyCap: 64 * 1024, quietMs: 250, maxBacklog: 5000, pauseMs: 5 };

/**
 * Keeps the search index (its own file, attached as `search`) in step with the store, on the reader's thread and
 * connection (never the receiver's): it indexes committed rows after the fact, by id range, in small
 * transactions, when the folder is quiet or the backlog grows long, so it competes little for the cores. Several processes on
 * one folder may each run it: a batch commits only if the high-water mark is still the one it read.
 * It runs as source text in the thread (see sql-thread.ts), so it uses nothing from outside its body. How far it has
 * come is in the index (search_index_state), read with each search.
 */
export function runSearchIndexer(
  db: DatabaseSync,
  options: IndexerOptions,
  schedule: (step: () => void, ms: number) => unknown,
): void {
  const markNow = db.prepare('SELECT indexed_through AS mark FROM search.search_index_state');
  const newestNow = db.prepare('SELECT seq AS id FROM sqlite_sequence WHERE name = ?');
  const rowsIn = db.prepare(`SELECT d.id, d.url, d.event, e.request_headers AS headers FROM deliveries d JOIN exchanges e ON e.id = d.id
    WHERE d.id > ? AND d.id <= ? ORDER BY d.id`);
  const bodyHead = db.prepare('SELECT substr(request_body, 1, ?) AS head, length(request_body) AS size FROM exchanges WHERE id = ?');
  const insert = db.prepare('INSERT INTO search.search_text (rowid, path, event, headers, body) VALUES (?, ?, ?, ?, ?)');
  const notWhole = db.prepare('INSERT OR IGNORE INTO search.search_partial (id) VALUES (?)');
  // Only for the store this connection reads: after a move aside the index belongs to the new store, and this one's rows stay out.
  const advance = db.prepare(`UPDATE search.search_index_state SET indexed_through = ?
    WHERE indexed_through = ? AND store_token = (SELECT token FROM main.search_link)`);
  const decoder = new TextDecoder();
  let lastNewest = -1;
  let lastArrival = 0;

  /** The one place bodies are read for the index: the first `bodyCap` bytes as UTF-8 text, and whether that is all. */
  function bodyText(id: number): { text: string; whole: boolean } {
    const row = bodyHead.get(options.bodyCap, id) as { head: Uint8Array | null; size: number | null } | undefined;
    if (!row?.head) return { text: '', whole: true };
    return { text: decoder.decode(row.head), whole: (row.size ?? 0) <= options.bodyCap };
  }

  function headerLines(json: string): string {
    const flat = JSON.parse(json) as string[];
    let text = '';
    for (let i = 0; i + 1 < flat.length; i += 2) text += `${flat[i]}: ${flat[i + 1]}\n`;
    return text;
  }

  /** Indexes the deliveries above `mark`, up to `upTo` or the byte budget; returns the new mark. */
  function indexBatch(mark: number, upTo: number): number {
    db.exec('BEGIN');
    const documents: Array<{ id: number; url: string; event: string | null; headers: string; body: { text: string; whole: boolean } }> = [];
    let bytes = 0;
    let reached = upTo;
    for (const row of rowsIn.iterate(mark, upTo) as Iterable<{ id: number; url: string; event: string | null; headers: string }>) {
      if (documents.length > 0 && bytes >= options.batchBytes) {
        reached = documents[documents.length - 1].id;
        break;
      }
      const body = bodyText(row.id);
      bytes += body.text.length;
      documents.push({ ...row, headers: headerLines(row.headers), body });
    }
    db.exec('COMMIT');
    // Deferred: the first write takes the lock of the index's file only, never the store's, so a capture never waits.
    db.exec('BEGIN');
    try {
      if (Number(advance.run(reached, mark).changes) === 1) {
        for (const doc of documents) {
          insert.run(doc.id, doc.url, doc.event ?? '', doc.headers, doc.body.text);
          if (!doc.body.whole) notWhole.run(doc.id);
        }
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
    return reached;
  }

  function step(): void {
    let wait = options.quietMs;
    try {
      const mark = (markNow.get() as { mark: number }).mark;
      const newest = (newestNow.get('deliveries') as { id: number } | undefined)?.id ?? 0;
      // Quiet means no delivery for quietMs, not since the last step: at full pace steps are pauseMs apart, and a
      // stream of hooks (200/s leaves 5 ms gaps) would look quiet to every other one (measured: capture's answer p99
      // 41-155 ms after a burst, against 1-23 ms without the indexer).
      const now = Date.now();
      const arrived = lastNewest < 0 ? 0 : newest - lastNewest;
      if (newest !== lastNewest) lastArrival = now;
      lastNewest = newest;
      const quiet = now - lastArrival >= options.quietMs;
      // Hooks coming faster than a batch a step would grow the backlog anyway: indexing then only takes the cores from
      // the stream (measured under wrk: 12% of the receiver's CPU, and 0.7 ms on the answer p99 at 1,000 hooks/s).
      const keepsUp = arrived <= options.batchIds;
      if (newest > mark && (quiet || (keepsUp && newest - mark > options.maxBacklog))) {
        const upTo = indexBatch(mark, Math.min(newest, mark + options.batchIds));
        // Building at full pace only while no hook arrives; while they do, one batch per quiet interval, so the
        // index's writes (about three times the text) never crowd the disk the receiver commits to.
        if (upTo < newest && quiet) wait = options.pauseMs;
      }
    } catch {
      // Busy (another process holds the write lock) or the store is being replaced: the next step tries again.
      if (db.isTransaction) db.exec('ROLLBACK');
    }
    schedule(step, wait);
  }

  step();
}
