import { Worker } from 'node:worker_threads';
import { attachSearchIndex } from './search-index-schema';
import { INDEXER_OPTIONS, runSearchIndexer } from './search-indexer';
import { LOW_PRIORITY_SOURCE } from './low-priority-thread';


/** Its own thread and connection, so a search never waits behind a batch being indexed. */
const INDEXER_SOURCE = `
const { DatabaseSync } = require('node:sqlite');
const { workerData } = require('node:worker_threads');
${LOW_PRIORITY_SOURCE}
const db = new DatabaseSync(workerData.path);
db.exec('PRAGMA busy_timeout = 5000');
(${attachSearchIndex.toString()})(db, workerData.searchPath);
(${runSearchIndexer.toString()})(db, workerData.indexer, setTimeout);
`;

/** Keeps the store's search index in step until stopped; it never keeps the process alive. */
export function startSearchIndexer(path: string, searchPath: string): { stop(): Promise<void> } {
  const worker = new Worker(INDEXER_SOURCE, { eval: true, workerData: { path, searchPath, indexer: INDEXER_OPTIONS } });
  worker.unref();
  worker.on('error', (error) => {
    // Searches stay right without it (they scan what is not indexed), only slower: say so, once.
    process.emitWarning(`Hookbench's search indexer stopped (${error.message}); searches scan instead until Hookbench restarts.`);
  });
  return {
    async stop() {
      worker.removeAllListeners('error');
      await worker.terminate();
    },
  };
}
