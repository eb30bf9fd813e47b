import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryReader } from '../../src/main/core/store/delivery-reader';
import type { DeliveryRecord } from '../../src/main/core/store/delivery-record';
import { DATABASE_FILE, DeliveryStore } from '../../src/main/core/store/delivery-store';
import { attachSearchIndex, SEARCH_INDEX_FILE } from '../../src/main/core/store/search-index-schema';
import { INDEXER_OPTIONS, runSearchIndexer } from '../../src/main/core/store/search-indexer';
import { InlineSqlRunner, type SqlRunner } from '../../src/main/core/store/sql-runner';
import { ThreadSqlRunner } from '../../src/main/core/store/sql-thread';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const opened: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const thing of opened.splice(0)) await thing.close();
});

function record(url: string, body: string, headers: string[] = ['X-Gitlab-Event', 'Push Hook']): DeliveryRecord {
  const bytes = Buffer.from(body);
  return {
    origin: 'captured', parentId: null, receivedAt: Date.now(), method: 'POST', url, httpVersion: '1.1', remoteAddress: '127.0.0.1',
    requestHeaders: headers, requestBody: bytes, requestSize: bytes.length, overLimit: false, provider: 'gitlab', event: 'Push Hook',
    status: 200, errorKind: null, errorMessage: null, responseHeaders: [], responseBody: null, durationMs: 1,
    tokenCheck: 'not-configured', signatureCheck: 'not-configured',
  };
}

/** A store, a reader on a connection of its own, and an indexer on a third that runs one step when asked. */
function stepByStep(options: { batchIds: number; bodyCap?: number; batchBytes?: number; quietMs?: number; maxBacklog?: number }, base = { bodyCap: 1024, batchBytes: 1 << 20 }) {
  const dataDir = tempDir();
  const store = new DeliveryStore(dataDir);
  opened.push(store);
  const connection = () => {
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
    attachSearchIndex(db, join(dataDir, SEARCH_INDEX_FILE));
    opened.push(db);
    return db;
  };
  const indexerDb = connection();
  let next: (() => void) | null = null;
  runSearchIndexer(indexerDb, { ...base, quietMs: 0, maxBacklog: 0, pauseMs: 0, ...options }, (step) => (next = step));
  const reader = new DeliveryReader(new InlineSqlRunner(connection()));
  const indexed = (match: string) =>
    (indexerDb.prepare('SELECT rowid AS id FROM search_text WHERE search_text MATCH ? ORDER BY rowid').all(match) as Array<{ id: number }>).map((r) => r.id);
  const mark = () => (indexerDb.prepare('SELECT indexed_through AS mark FROM search_index_state').get() as { mark: number }).mark;
  const ids = async (search: string) => (await reader.list({ offset: 0, limit: 100, search })).rows.map((r) => r.id).reverse();
  return { store, reader, indexed, ids, mark, dataDir, indexerDb, step: () => next?.() };
}

describe('the search index', () => {
  it('answers right while half built: the index up to its mark, a scan above it', async () => {
    const { store, reader, indexed, ids, step } = stepByStep({ batchIds: 3 });
    store.insertBatch([
      record('/a', '{"title":"plain"}'), record('/b', '{"title":"needle one"}'), record('/c', '{}'),
      record('/d', '{}'), record('/e', '{"title":"Needle two"}'), record('/f', '{}', ['X-Gitlab-Token', 'needle-token']),
    ]);
    expect(await ids('needle')).toEqual([2, 5, 6]);
    step(); // ids 1-3
    expect(indexed('"needle"')).toEqual([2]);
    const page = await reader.list({ offset: 0, limit: 100, search: 'needle' });
    expect(page.searchIndex).toEqual({ indexedThrough: 3, newestId: 6 });
    expect(page.rows.map((r) => r.id)).toEqual([6, 5, 2]);
    step(); // ids 4-6
    expect(indexed('"needle"')).toEqual([2, 5, 6]);
    expect(await ids('needle')).toEqual([2, 5, 6]);
    expect(await ids('header:X-Gitlab-Token=needle')).toEqual([6]);
    expect(await ids('body:needle')).toEqual([2, 5]);
    expect(await ids('/b')).toEqual([2]);
    expect((await reader.list({ offset: 0, limit: 100, search: 'needle' })).searchIndex).toEqual({ indexedThrough: 6, newestId: 6 });
  });

  it('finds a delivery deleted before the index came to it and put back by an undo after', async () => {
    const { store, indexed, ids, mark, step } = stepByStep({ batchIds: 10 });
    store.insertBatch([record('/a', '{"title":"needle a"}'), record('/b', '{"title":"needle b"}'), record('/c', '{}')]);
    const taken = store.delete([2]);
    step();
    expect([mark(), indexed('"needle"')]).toEqual([3, [1]]);
    expect(store.restore(taken, new Set([2]))).toBe(1);
    expect(await ids('needle')).toEqual([1, 2]);
    expect(await ids('header:X-Gitlab-Event="Push Hook" needle')).toEqual([1, 2]);
    // Deleted again, it is gone from the search too, and from the ones to scan.
    store.delete([2]);
    expect(await ids('needle')).toEqual([1]);
  });

  it('finds text past the part of a long body it indexed', async () => {
    const { store, indexed, ids, step } = stepByStep({ batchIds: 10, bodyCap: 64 });
    store.insertBatch([record('/long', `${'x'.repeat(100)} tail-word`), record('/short', 'head-word')]);
    step();
    expect(indexed('"tail-word"')).toEqual([]);
    expect(indexed('"head-word"')).toEqual([2]);
    expect(await ids('tail-word')).toEqual([1]);
    expect(await ids('body:"head-word"')).toEqual([2]);
  });

  it('keeps the index of megabyte bodies small with the shipped options, and still finds what is past the part indexed', async () => {
    const { store, ids, mark, dataDir, step } = stepByStep({ batchIds: INDEXER_OPTIONS.batchIds }, INDEXER_OPTIONS);
    const body = `${'a'.repeat(1024 * 1024)} tail-word`;
    store.insertBatch(Array.from({ length: 10 }, (_, i) => record(`/big/${i}`, body)));
    while (mark() < 10) step();
    const indexBytes = ['', '-wal'].map((end) => statSync(join(dataDir, SEARCH_INDEX_FILE + end), { throwIfNoEntry: false })?.size ?? 0);
    // Indexed whole, ten 1 MB bodies of one letter made 21 MB of index (and its log); 64 KB of each, well under 4 MB.
    expect(indexBytes[0] + indexBytes[1]).toBeLessThan(4 * 1024 * 1024);
    expect(await ids('tail-word')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('waits until no delivery has come for its quiet time, however often it steps', async () => {
    const { store, mark, step } = stepByStep({ batchIds: 10, quietMs: 100, maxBacklog: 1000 });
    store.insertBatch(Array.from({ length: 30 }, (_, i) => record(`/burst/${i}`, '{}')));
    step();
    step();
    expect(mark()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    step();
    expect(mark()).toBe(10);
  });

  it('goes on past its backlog while hooks come as fast as it indexes, and waits for the quiet under a faster stream', () => {
    const { store, mark, step } = stepByStep({ batchIds: 10, quietMs: 60_000, maxBacklog: 5 });
    const arrive = (count: number) => store.insertBatch(Array.from({ length: count }, (_, i) => record(`/stream/${i}`, '{}')));
    arrive(20);
    step();
    arrive(10);
    step();
    expect(mark()).toBe(10);
    arrive(11);
    step();
    expect(mark()).toBe(10);
    arrive(10);
    step();
    expect(mark()).toBe(20);
  });

  it('a write on the reader thread waits for no index batch, and holds no lock a capture needs meanwhile', async () => {
    const dataDir = tempDir();
    const store = new DeliveryStore(dataDir);
    opened.push(store);
    // As the receiver lease writes: through the SqlRunner contract, asking for a write.
    const thread: SqlRunner = new ThreadSqlRunner(join(dataDir, DATABASE_FILE), join(dataDir, SEARCH_INDEX_FILE), () => {});
    opened.push(thread);
    await thread.run([{ sql: 'SELECT 1', params: [], mode: 'get' }]);
    // An indexer's batch, as long as it likes: the index file's write lock.
    const indexer = new DatabaseSync(join(dataDir, SEARCH_INDEX_FILE));
    opened.push(indexer);
    indexer.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    await thread.run([{ sql: 'DELETE FROM deliveries WHERE id = -1', params: [], mode: 'run' }], { write: true });
    store.insertBatch([record('/while-indexing', '{}')]);
    const took = performance.now() - started;
    indexer.exec('COMMIT');
    // Behind the index's lock, the write waited the 5 s busy timeout and the capture behind it.
    expect(took).toBeLessThan(1000);
  });

  it('keeps a batch of big bodies short: it ends where its byte budget does', async () => {
    const { store, indexed, mark, step } = stepByStep({ batchIds: 100, batchBytes: 150 });
    store.insertBatch([record('/1', `first ${'x'.repeat(100)}`), record('/2', `second ${'x'.repeat(100)}`), record('/3', 'third')]);
    step();
    expect(mark()).toBe(2);
    step();
    expect(mark()).toBe(3);
    expect(indexed('"second"')).toEqual([2]);
    expect(indexed('"third"')).toEqual([3]);
  });

  it('rebuilds an index left by a store that was replaced, and the old store\'s indexer adds nothing to it', async () => {
    const first = stepByStep({ batchIds: 10 });
    first.store.insertBatch([record('/old', 'old-text')]);
    first.step();
    expect(first.indexed('"old-text"')).toEqual([1]);
    // A new store in another folder, then the first one's index file beside it (as after Move aside): the tokens differ.
    const dataDir = tempDir();
    const store = new DeliveryStore(dataDir);
    opened.push(store);
    store.insertBatch([record('/new', 'new-text')]);
    const other = new DatabaseSync(join(dataDir, DATABASE_FILE));
    opened.push(other);
    attachSearchIndex(other, join(first.dataDir, SEARCH_INDEX_FILE));
    expect(other.prepare("SELECT rowid FROM search_text WHERE search_text MATCH '\"old-text\"'").all()).toEqual([]);
    expect(other.prepare('SELECT indexed_through AS mark FROM search_index_state').get()).toEqual({ mark: 0 });
    // The first store's indexer, still running on its own file, writes nothing into the index that is not its store's.
    first.store.insertBatch([record('/old-more', 'more-old-text')]);
    first.step();
    expect(first.indexed('"more-old-text"')).toEqual([]);
    expect(other.prepare('SELECT indexed_through AS mark FROM search_index_state').get()).toEqual({ mark: 0 });
  });
});

describe('attaching the search index', () => {
  it('waits for another process that is writing the index file, instead of failing at once', async () => {
    const dataDir = tempDir();
    opened.push(new DeliveryStore(dataDir));
    const indexPath = join(dataDir, SEARCH_INDEX_FILE);
    const first = new DatabaseSync(join(dataDir, DATABASE_FILE));
    attachSearchIndex(first, indexPath);
    first.close();
    // Another process holds the index's write lock for a moment, as a second Hookbench attaching it would.
    const holder = spawn(process.execPath, ['-e', `
      const { DatabaseSync } = require('node:sqlite');
      const db = new DatabaseSync(${JSON.stringify(indexPath)});
      db.exec('BEGIN IMMEDIATE');
      console.log('locked');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, 300);
    `]);
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const second = new DatabaseSync(join(dataDir, DATABASE_FILE));
    opened.push(second);
    // A fresh store token makes the attach write (it resets the index), so it needs the lock the other process holds.
    second.exec("UPDATE search_link SET token = 'another'");
    expect(() => attachSearchIndex(second, indexPath)).not.toThrow();
    expect(second.prepare('SELECT store_token AS token FROM search.search_index_state').get()).toEqual({ token: 'another' });
    await new Promise((resolve) => holder.once('exit', resolve));
  });
});
