// npm run bench (fourth part): searching 1 000, 100 000 and 1 000 000 stored deliveries of about 1 KB through
// `hookbench serve`, for a body word and a header value that match 0.1 % of rows and a word that matches none,
// and a page deep in the store by key against the first page. Targets: 150 ms at 100 000, 500 ms at 1 000 000.
// The 1 000 000 store (and its search index) is kept in .cache/ between runs; its build is bounded in time.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setImmediate } from 'node:timers';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL } from '../src/main/core/store/insert-statements.ts';
import { attachSearchIndex } from '../src/main/core/store/search-index-schema.ts';
import { runSearchIndexer } from '../src/main/core/store/search-indexer.ts';
import { call, createStore, median, requireBuild, serve } from './support.mjs';

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000,100000,1000000').split(',').map(Number);
const TARGET_MS = { 100000: 150, 1000000: 500 };
const BUILD_LIMIT_MS = Number(process.env.BENCH_SEARCH_BUILD_MINUTES ?? 30) * 60_000;
const RUNS = 15;
// Bump when the stored rows or the index change shape, so a cached store is built again.
const CACHE_VERSION = 'search-2';
const CACHE = join(dirname(fileURLToPath(import.meta.url)), '../.cache/bench');
requireBuild();

const QUERIES = {
  'body word, 0.1 %': 'rare-body-word',
  'header value, 0.1 %': 'header:X-Trace-Tag=rare-header',
  'word matching none': 'absent-everywhere',
};

/** About 1 KB of push hook per row, each different; one row in a thousand carries the rare body word and header. */
function fillVaried(dataDir, count) {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'));
  const delivery = db.prepare(INSERT_DELIVERY_SQL);
  const exchange = db.prepare(INSERT_EXCHANGE_SQL);
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const rare = i % 1000 === 500;
    const body = Buffer.from(JSON.stringify({
      object_kind: 'push', ref: `refs/heads/feature-${i % 977}`, checkout_sha: (i * 2654435761 >>> 0).toString(16).padStart(40, '7'),
      user_name: `user ${i % 313}`, project: { name: `project-${i % 101}`, web_url: `https://gitlab.example.com/group/project-${i % 101}` },
      commits: [{ id: `c${i}`, message: `${rare ? 'rare-body-word ' : ''}Fix issue #${i} in module ${i % 57}`, author: { email: `dev${i % 211}@example.com` } }],
    }).padEnd(1000, ' '));
    const headers = ['Content-Type', 'application/json', 'X-Gitlab-Event', 'Push Hook', 'X-Gitlab-Event-UUID', `uuid-${i}-${i % 7919}`];
    if (rare) headers.push('X-Trace-Tag', 'rare-header');
    const { lastInsertRowid } = delivery.run('captured', null, Date.now() - i, 'POST', `/hooks/${i % 50}`, 'gitlab', 'Push Hook',
      i % 10 === 0 ? 500 : 200, null, 1.5, body.length, 0, 'not-configured', 'not-configured');
    exchange.run(Number(lastInsertRowid), '1.1', '127.0.0.1', JSON.stringify(headers), body, '[]', Buffer.from('OK\n'), 3, null);
    if (i % 50_000 === 49_999) db.exec('COMMIT; BEGIN');
  }
  db.exec('COMMIT');
  db.close();
}

/**
 * Indexes the store with the indexer serve's reader thread runs, here in large batches and without its pauses
 * (serve indexes an existing store at a low priority, which on a busy machine takes minutes per 100 000 rows).
 */
function indexNow(dataDir, started) {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'));
  attachSearchIndex(db, join(dataDir, 'hookbench-search.db'));
  const mark = db.prepare('SELECT indexed_through AS mark FROM search_index_state');
  const newest = (db.prepare('SELECT max(id) AS id FROM deliveries').get()).id;
  return new Promise((resolve, reject) => {
    let last = 0;
    runSearchIndexer(db, { batchIds: 5000, batchBytes: 64 * 1024 * 1024, bodyCap: 1024 * 1024, quietMs: 0, maxBacklog: 0, pauseMs: 0 }, (step) => {
      const { mark: done } = mark.get();
      if (done >= newest) {
        db.close();
        return resolve();
      }
      if (Date.now() - started > BUILD_LIMIT_MS) {
        db.close();
        return reject(new Error(`building the store took over ${BUILD_LIMIT_MS / 60_000} minutes (indexed ${done} of ${newest}); raise BENCH_SEARCH_BUILD_MINUTES or run on a quieter machine.`));
      }
      if (Date.now() - last > 15_000) {
        last = Date.now();
        console.log(`  indexing: ${done} of ${newest} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
      setImmediate(step);
    });
  });
}

/** A filled and indexed store of `count` rows, kept in .cache/bench (gitignored) for the next run. */
async function storeOf(count) {
  const dataDir = join(CACHE, `${CACHE_VERSION}-${count}`);
  if (existsSync(join(dataDir, 'built'))) return { dataDir, cached: true };
  const building = `${dataDir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const started = Date.now();
  await createStore(building);
  fillVaried(building, count);
  const filled = Date.now();
  await indexNow(building, started);
  console.log(`  built ${count} deliveries: filled in ${((filled - started) / 1000).toFixed(0)} s, indexed in ${((Date.now() - filled) / 1000).toFixed(0)} s`);
  writeFileSync(join(building, 'built'), `${new Date().toISOString()}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(building, dataDir);
  return { dataDir, cached: false };
}

async function timed(face, query) {
  await call(face, 'listDeliveries', query);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await call(face, 'listDeliveries', query);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function measure(count) {
  const { dataDir, cached } = await storeOf(count);
  const face = await serve(dataDir);
  try {
    const figures = {};
    for (const [name, search] of Object.entries(QUERIES)) figures[name] = await timed(face, { offset: 0, limit: 100, search });
    figures['first page'] = await timed(face, { offset: 0, limit: 100 });
    // The row 90 % of the way down, by key: what scrolling there asks for.
    figures['page 90 % deep, by key'] = await timed(face, { offset: 0, limit: 100, beforeId: Math.ceil(count * 0.1) });
    return { figures, cached };
  } finally {
    face.child.kill('SIGTERM');
  }
}

const results = {};
for (const count of SIZES) {
  results[count] = await measure(count);
}
let failed = false;
const base = results[SIZES[0]].figures;
for (const count of SIZES) {
  for (const [name, ms] of Object.entries(results[count].figures)) {
    const target = TARGET_MS[count];
    const over = target !== undefined && name in QUERIES && ms > target;
    failed ||= over;
    console.log(`search ${count} stored${results[count].cached ? ' (cached)' : ''}, ${name}: ${ms.toFixed(1)} ms (ratio to ${SIZES[0]} stored ${(ms / base[name]).toFixed(2)}${target && name in QUERIES ? `; target ≤ ${target} ms` : ''})${over ? ' OVER' : ''}`);
  }
}
if (failed) {
  console.error('FAIL: a search is over its target.');
  process.exitCode = 1;
}
