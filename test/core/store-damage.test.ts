import { copyFileSync, existsSync, openSync, readdirSync, readSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { INSERT_DELIVERY_SQL } from '../../src/main/core/store/insert-statements';
import { storedIds } from '../../src/main/core/store/readable-ids';
import { migrate } from '../../src/main/core/store/schema';
import { ndjsonChunks } from '../../src/main/core/export/ndjson';
import { REVEAL_SECRETS } from '../../src/main/core/export/redaction';
import { bodyBytes, useCores } from '../support/core-harness';
import { canMount, NO_MOUNT_REASON, useMounts } from '../support/mounts';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const mounts = useMounts();
const startCore = useCores();

const DELIVERIES = 120;
const bodyOf = (i: number) => `{"delivery":${i},"padding":"${'x'.repeat(1500)}"}`;
const post = (port: number, path: string, body = '{}') => fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body });

async function storeWithDeliveries(dataDir: string, count = DELIVERIES): Promise<void> {
  const { core, port } = await startCore(dataDir);
  for (let i = 1; i <= count; i++) expect((await post(port, `/${i}`, bodyOf(i))).status).toBe(200);
  await core.close();
}

/** The store's page size, from its header (big-endian at offset 16; 1 means 65 536). */
function pageSizeOf(dataDir: string): number {
  const header = Buffer.alloc(18);
  const file = openSync(join(dataDir, 'hookbench.db'), 'r');
  readSync(file, header, 0, 18, 0);
  closeSync(file);
  const size = header.readUInt16BE(16);
  return size === 1 ? 65536 : size;
}

/** Two leaves of `exchanges` in the middle of that table, counted from 0 as damagePages counts (dbstat counts from 1). */
function middleExchangeLeaves(dataDir: string): number {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
  try {
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'exchanges' AND pagetype = 'leaf' ORDER BY pageno").all() as Array<{ pageno: number }>;
    const middle = Math.floor(leaves.length / 2);
    expect(leaves[middle + 1].pageno).toBe(leaves[middle].pageno + 1);
    return leaves[middle].pageno - 1;
  } finally {
    db.close();
  }
}

/** Garbage over whole pages in the middle of the file, as a bad disk sector would leave them. */
function damagePages(dataDir: string, firstPage: number, pages: number): void {
  const pageSize = pageSizeOf(dataDir);
  const file = openSync(join(dataDir, 'hookbench.db'), 'r+');
  const garbage = Buffer.alloc(pageSize * pages, 0xa5);
  writeSync(file, garbage, 0, garbage.length, pageSize * firstPage);
  closeSync(file);
}

function exportAll(store: DeliveryStore): string[] {
  const chunks: string[] = [];
  chunks.push(...ndjsonChunks(store, undefined, REVEAL_SECRETS));
  return chunks.join('').split('\n').filter(Boolean);
}

describe('a damaged store', () => {
  it('is found at open by quick_check, reported in words, and its readable deliveries recovered byte for byte', async () => {
    const dataDir = tempDir();
    await storeWithDeliveries(dataDir);
    damagePages(dataDir, middleExchangeLeaves(dataDir), 2);

    const { core } = await startCore(dataDir);
    const { status, problem } = await core.handlers.getStorageState();
    expect(status).toBe('unusable');
    expect(problem?.kind).toBe('damaged');
    expect(problem?.message).toMatch(/is damaged: SQLite's check found unreadable pages \(.+\)\. Recover the readable deliveries/);
    expect((await core.handlers.getReceiverState()).status).toBe('error');

    const repair = await core.handlers.recoverStore();
    const recovered = Number(/Recovered (\d+) deliveries/.exec(repair.summary)?.[1]);
    expect(recovered).toBeGreaterThan(DELIVERIES / 2);
    expect(recovered).toBeLessThan(DELIVERIES);
    expect(repair.state.status).toBe('ok');
    expect(readdirSync(dataDir).some((name) => name.startsWith('hookbench.db.corrupt-'))).toBe(true);

    const { rows, total } = await core.handlers.listDeliveries({ offset: 0, limit: 1000 });
    expect(total).toBe(recovered);
    for (const row of rows) expect((await bodyBytes(core, row.id)).toString()).toBe(bodyOf(Number(row.url.slice(1))));
    const receiver = await core.handlers.getReceiverState();
    expect((await post(receiver.port, '/after-recovery')).status).toBe(200);
  });

  it('exports what it can read and names what it skipped', async () => {
    const dataDir = tempDir();
    await storeWithDeliveries(dataDir);
    damagePages(dataDir, middleExchangeLeaves(dataDir), 2);
    const store = new DeliveryStore(dataDir, { readOnly: true });
    try {
      const lines = exportAll(store);
      expect(lines.length).toBeGreaterThan(DELIVERIES / 2);
      expect(store.exportReport.read).toBe(lines.length);
      expect(store.exportReport.unreadable.length).toBeGreaterThan(0);
      expect(lines.length + store.exportReport.unreadable.length).toBeLessThanOrEqual(DELIVERIES);
    } finally {
      await store.close();
    }
  });
});

describe('walking the ids of a damaged store', () => {
  it('goes on past an unreadable page of the list table to the newest delivery', () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'hookbench.db');
    const db = new DatabaseSync(file);
    migrate(db);
    const insert = db.prepare(INSERT_DELIVERY_SQL);
    db.exec('BEGIN');
    for (let i = 1; i <= 2000; i++) insert.run('captured', null, i, 'POST', `/${i}`, 'gitlab', 'Push Hook', 200, null, 1, 2, 0, 'valid', 'valid');
    db.exec('COMMIT');
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'deliveries' AND pagetype = 'leaf' ORDER BY pageno").all() as Array<{ pageno: number }>;
    db.close();
    // A leaf in the middle of the deliveries table (dbstat numbers pages from 1, damagePages from 0).
    damagePages(dataDir, leaves[Math.floor(leaves.length / 2)].pageno - 1, 1);

    const damaged = new DatabaseSync(file, { readOnly: true });
    try {
      expect(() => damaged.prepare('SELECT id FROM deliveries ORDER BY id').all()).toThrow('malformed');
      const ids = [...storedIds(damaged)];
      expect(ids.at(-1)).toBe(2000);
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    } finally {
      damaged.close();
    }
  });
});

describe('export from a read-only folder', () => {
  it.skipIf(!canMount)(`reads every delivery, WAL included, without writing (${NO_MOUNT_REASON})`, async () => {
    const live = tempDir();
    const { core, port } = await startCore(live);
    for (let i = 1; i <= 5; i++) await post(port, `/${i}`, bodyOf(i));
    // A copy taken while the store is open still has deliveries in its WAL, not yet in the main file.
    const snapshot = tempDir();
    for (const name of ['hookbench.db', 'hookbench.db-wal']) copyFileSync(join(live, name), join(snapshot, name));
    await core.close();
    const cleanlyClosed = tempDir();
    copyFileSync(join(live, 'hookbench.db'), join(cleanlyClosed, 'hookbench.db'));

    for (const source of [snapshot, cleanlyClosed]) {
      const folder = mounts.readOnlyView(source, join(tempDir(), 'ro'));
      const store = new DeliveryStore(folder, { readOnly: true });
      try {
        expect(exportAll(store).map((line) => (JSON.parse(line) as { url: string }).url)).toEqual(['/1', '/2', '/3', '/4', '/5']);
      } finally {
        await store.close();
      }
      expect(existsSync(join(folder, 'hookbench.db-shm'))).toBe(source === snapshot && existsSync(join(source, 'hookbench.db-shm')));
    }
  });
});

describe('a full disk', () => {
  it.skipIf(!canMount)(`answers 503 "disk full", and keeps every delivery it acknowledged (${NO_MOUNT_REASON})`, async () => {
    const dataDir = mounts.smallDisk(join(tempDir(), 'small'), 1024 * 1024);
    const { core, port } = await startCore(dataDir, { retain: 0 });
    const acknowledged: string[] = [];
    let refusal: { status: number; text: string } | null = null;
    const big = 'y'.repeat(48 * 1024);
    for (let i = 1; i <= 100 && !refusal; i++) {
      const answer = await post(port, `/${i}`, big);
      if (answer.status === 200) acknowledged.push(`/${i}`);
      else refusal = { status: answer.status, text: await answer.text() };
    }
    expect(refusal?.status).toBe(503);
    expect(refusal?.text).toMatch(/^Hookbench could not store this delivery: disk full: the disk holding .* has no room left/);
    expect(refusal?.text).not.toMatch(/ROLLBACK|transaction/i);
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 1000 });
    expect(rows.map((r) => r.url).reverse()).toEqual(acknowledged);
  });
});
