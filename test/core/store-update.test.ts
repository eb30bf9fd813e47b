/**
 * A store of schema version 4 with 200 000 deliveries, updated to version 5 (body columns last) after it opens:
 * every byte kept, progress told, deliveries received meanwhile, and a process killed mid-way leaves a store
 * that opens and finishes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { StorageState } from '@shared/contract';
import { SCHEMA_VERSION } from '../../src/main/core/store/schema';
import { version4Store } from '../support/version4-store';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const ROWS = 200_000;
const cli = join(__dirname, '../../out/main/cli.js');
const tempDir = useTempDirs();
const startCore = useCores();
const EXCHANGE_COLUMNS = [
  'id', 'http_version', 'remote_address', 'request_headers', 'request_body', 'response_headers', 'response_body',
  'response_size', 'error_message', 'token_reason', 'signature_reason',
];

/** A digest of every exchange column by name, so a column that moved compares the same and a changed byte does not. */
function exchangesDigest(dataDir: string, afterId = 0, maxId = ROWS): string {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
  const hash = createHash('sha256');
  for (const row of db.prepare(`SELECT ${EXCHANGE_COLUMNS.join(', ')} FROM exchanges WHERE id > ? AND id <= ? ORDER BY id`).iterate(afterId, maxId)) {
    for (const column of EXCHANGE_COLUMNS) {
      const value = (row as Record<string, unknown>)[column];
      hash.update(`${column}:${value instanceof Uint8Array ? Buffer.from(value).toString('hex') : String(value)};`);
    }
  }
  db.close();
  return hash.digest('hex');
}

function layout(dataDir: string): { columns: string[]; tables: string[] } {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
  const columns = (db.prepare('PRAGMA table_info(exchanges)').all() as Array<{ name: string }>).map((c) => c.name);
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'exchanges%' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
  db.close();
  return { columns, tables };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a version 4 store of 200 000 deliveries', () => {
  it('is updated after opening, with progress, keeping every byte and receiving meanwhile', async () => {
    const dataDir = tempDir();
    version4Store(dataDir, ROWS);
    const before = exchangesDigest(dataDir, 3);

    const { core, port } = await startCore(dataDir, { retain: 0 });
    const percents: number[] = [];
    core.subscribe((name, payload) => {
      const update = name === 'storageState' ? (payload as StorageState).update : undefined;
      if (update) percents.push(update.percent);
    });
    expect((await core.handlers.getStorageState()).update).toMatchObject({ toVersion: SCHEMA_VERSION, failure: null });

    // While it is updated the receiver stores and answers, and a delete reaches the rows already copied.
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push((await fetch(`http://127.0.0.1:${port}/during/${i}`, { method: 'POST', body: `{"n":${i}}` })).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(core.handlers.deleteDeliveries([1, 2, 3])).toBe(3);

    await until(async () => (await core.handlers.getStorageState()).update === null, 180_000, 'the update');
    await core.close();

    expect(percents.length).toBeGreaterThan(5);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
    expect(layout(dataDir)).toEqual({
      columns: ['id', 'http_version', 'remote_address', 'request_headers', 'response_headers', 'response_size', 'error_message',
        'token_reason', 'signature_reason', 'response_body', 'request_body'],
      tables: ['exchanges'],
    });
    const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
    expect(db.prepare('SELECT count(*) AS n FROM exchanges').get()).toEqual({ n: ROWS - 3 + 20 });
    expect(db.prepare("SELECT count(*) AS n FROM deliveries WHERE url LIKE '/during/%'").get()).toEqual({ n: 20 });
    db.close();
    // The deleted rows aside, every exchange is byte for byte what it was.
    expect(exchangesDigest(dataDir, 3)).toBe(before);
  }, 240_000);

  it('killed with -9 mid-way, opens again and finishes, keeping every byte', async () => {
    expect(existsSync(cli), 'out/main/cli.js is missing: run `npm run build` first').toBe(true);
    const dataDir = tempDir();
    version4Store(dataDir, ROWS);
    const before = exchangesDigest(dataDir);

    const child = spawn(process.execPath, [cli, 'listen', '--port', '0', '--data-dir', dataDir, '--quiet', '--retain', '0']);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await until(() => Number(new RegExp(`Updating the store to version ${SCHEMA_VERSION}: (\\d+) %`).exec(stderr.split('\n').slice(-3).join('\n'))?.[1] ?? 0) >= 10 || child.exitCode !== null,
      120_000, 'a tenth of the update');
    child.kill('SIGKILL');
    await exited;
    expect(stderr).toMatch(new RegExp(`^Updating the store to version ${SCHEMA_VERSION}: \\d+ % \\(deliveries are received meanwhile\\)$`, 'm'));
    expect(layout(dataDir).tables).toContain('exchanges_v5');

    const { core } = await startCore(dataDir, { retain: 0 });
    // It goes on from where it was: the first progress it tells is past what the killed process had copied.
    let firstPercent = 0;
    await until(async () => (firstPercent = (await core.handlers.getStorageState()).update?.percent ?? 100) > 0, 60_000, 'the first progress');
    expect(firstPercent).toBeGreaterThanOrEqual(5);
    await until(async () => (await core.handlers.getStorageState()).update === null, 180_000, 'the rest of the update');
    await core.close();
    expect(layout(dataDir).tables).toEqual(['exchanges']);
    expect(exchangesDigest(dataDir)).toBe(before);
  }, 300_000);
});
