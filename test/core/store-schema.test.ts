import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { INSERT_DELIVERY_SQL } from '../../src/main/core/store/insert-statements';
import { SCHEMA_VERSION } from '../../src/main/core/store/schema';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

const post = (port: number, path: string) => fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: '{}' });

/** The tables as the first release made them: no schema version, no verdict reasons. */
function firstReleaseStore(dataDir: string): void {
  const old = new DatabaseSync(join(dataDir, 'hookbench.db'));
  old.exec(`CREATE TABLE deliveries (id INTEGER PRIMARY KEY, origin TEXT NOT NULL, parent_id INTEGER,
    received_at INTEGER NOT NULL, method TEXT NOT NULL, url TEXT NOT NULL, provider TEXT NOT NULL, event TEXT,
    status INTEGER, error_kind TEXT, duration_ms REAL, request_size INTEGER NOT NULL, over_limit INTEGER NOT NULL DEFAULT 0,
    token_check TEXT NOT NULL DEFAULT 'not-configured', signature_check TEXT NOT NULL DEFAULT 'not-configured');
  CREATE TABLE exchanges (id INTEGER PRIMARY KEY, http_version TEXT NOT NULL, remote_address TEXT,
    request_headers TEXT NOT NULL, request_body BLOB, response_headers TEXT, response_body BLOB, response_size INTEGER,
    error_message TEXT);`);
  old.prepare(INSERT_DELIVERY_SQL).run('captured', null, 1, 'POST', '/old', 'gitlab', 'Push Hook', 200, null, 1, 2, 0,
    'valid', 'not-configured');
  old.prepare(`INSERT INTO exchanges (id, http_version, remote_address, request_headers, request_body)
    VALUES (1, '1.1', null, '[]', x'7b7d')`).run();
  old.close();
}

const pragma = (dataDir: string, name: string) => {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
  try {
    return Object.values(db.prepare(`PRAGMA ${name}`).get() as object)[0] as number;
  } finally {
    db.close();
  }
};

describe('store schema versions', () => {
  it('migrates a store made before schema versions in place, keeping what it holds', async () => {
    const dataDir = tempDir();
    firstReleaseStore(dataDir);
    const { core, port } = await startCore(dataDir);
    await post(port, '/new');
    const page = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(page.rows.map((r) => r.url)).toEqual(['/new', '/old']);
    expect(await core.handlers.getDelivery(page.rows[1].id)).toMatchObject({ tokenCheck: 'valid', tokenReason: null });
    await core.close();
    expect(pragma(dataDir, 'user_version')).toBe(SCHEMA_VERSION);
    expect(pragma(dataDir, 'application_id')).not.toBe(0);
  });

  it('gives a new store the current version', async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    await core.close();
    expect(pragma(dataDir, 'user_version')).toBe(SCHEMA_VERSION);
  });

  it("gives a new store SQLite's 4 KiB pages and leaves a store made with 16 KiB its own", async () => {
    const fresh = tempDir();
    await (await startCore(fresh)).core.close();
    expect(pragma(fresh, 'page_size')).toBe(4096);
    const bigPages = tempDir();
    const made = new DatabaseSync(join(bigPages, 'hookbench.db'));
    made.exec('PRAGMA page_size = 16384; PRAGMA journal_mode = WAL');
    made.close();
    await (await startCore(bigPages)).core.close();
    expect(pragma(bigPages, 'page_size')).toBe(16384);
  });

  it('refuses a store made by a newer Hookbench in words, never moves it aside and never writes to it', async () => {
    const dataDir = tempDir();
    const first = await startCore(dataDir);
    await post(first.port, '/from-the-future');
    await first.core.close();
    const newer = new DatabaseSync(join(dataDir, 'hookbench.db'));
    newer.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    const before = readFileSync(join(dataDir, 'hookbench.db'));

    const { core } = await startCore(dataDir);
    const { status, problem } = await core.handlers.getStorageState();
    expect(status).toBe('unusable');
    expect(problem?.kind).toBe('newer-version');
    expect(problem?.message).toContain(`was made by a newer Hookbench (its schema version is ${SCHEMA_VERSION + 1}; this one knows version ${SCHEMA_VERSION})`);
    expect((await core.handlers.getReceiverState()).status).toBe('error');
    await expect(core.handlers.moveStoreAside()).rejects.toThrow('never moved aside');
    expect(() => core.handlers.clearDeliveries()).toThrow('newer Hookbench');
    await core.close();

    expect(readdirSync(dataDir).filter((name) => name.startsWith('hookbench.db'))).toEqual(['hookbench.db']);
    expect(readFileSync(join(dataDir, 'hookbench.db')).equals(before)).toBe(true);
  });
});
