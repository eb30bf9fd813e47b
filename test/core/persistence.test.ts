import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../src/main/core/store/schema';
import { INSERT_DELIVERY_SQL } from '../../src/main/core/store/insert-statements';
import { bodyBytes, useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

const post = (port: number, path: string, body = '{}') =>
  fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body });

describe('persistence', () => {
  it('keeps deliveries across a restart', async () => {
    const dataDir = tempDir();
    const first = await startCore(dataDir);
    await post(first.port, '/one', 'first body');
    await post(first.port, '/two', 'second body');
    await first.core.close();

    const second = await startCore(dataDir);
    const page = await second.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.url)).toEqual(['/two', '/one']);
    expect((await bodyBytes(second.core, page.rows[1].id)).toString()).toBe('first body');
  });

  it('opens a database made before verdict reasons were kept, and keeps what it holds', async () => {
    const dataDir = tempDir();
    const old = new DatabaseSync(join(dataDir, 'hookbench.db'));
    old.exec(SCHEMA.replace(/,\s*token_reason TEXT,\s*signature_reason TEXT/, ''));
    old.prepare(INSERT_DELIVERY_SQL).run('captured', null, 1, 'POST', '/old', 'gitlab', 'Push Hook', 200, null, 1, 2, 0,
      'valid', 'not-configured');
    old.prepare(`INSERT INTO exchanges (id, http_version, remote_address, request_headers, request_body)
      VALUES (1, '1.1', null, '[]', x'7b7d')`).run();
    old.close();

    const { core, port } = await startCore(dataDir);
    await post(port, '/new');
    const page = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(page.rows.map((r) => r.url)).toEqual(['/new', '/old']);
    expect(await core.handlers.getDelivery(page.rows[1].id)).toMatchObject({ tokenCheck: 'valid', tokenReason: null });
  });

  it('keeps only the newest N with retention, and everything with 0', async () => {
    const dataDir = tempDir();
    const { core, port } = await startCore(dataDir, { retain: 5 });
    for (let i = 1; i <= 12; i++) await post(port, `/${i}`);
    await core.close();

    const reopened = await startCore(dataDir, { retain: 5 });
    const page = await reopened.core.handlers.listDeliveries({ offset: 0, limit: 100 });
    expect(page.rows.map((r) => r.url)).toEqual(['/12', '/11', '/10', '/9', '/8']);
    await reopened.core.close();

    const keepAll = await startCore(dataDir, { retain: 0 });
    for (let i = 13; i <= 20; i++) await post(keepAll.port, `/${i}`);
    expect((await keepAll.core.handlers.getCounts()).total).toBe(13);
  });

  it('clears the list and deletes single deliveries', async () => {
    const { core, port } = await startCore(tempDir());
    for (let i = 0; i < 3; i++) await post(port, `/${i}`);
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(await core.handlers.deleteDeliveries([rows[0].id])).toBe(1);
    expect(await core.handlers.getDelivery(rows[0].id)).toBeNull();
    expect((await core.handlers.listDeliveries({ offset: 0, limit: 10 })).total).toBe(2);
    await core.handlers.clearDeliveries();
    expect(await core.handlers.getCounts()).toEqual({ total: 0, failures: 0, internalErrors: 0 });
  });

  it('reports an occupied port in words with the way out', async () => {
    const first = await startCore(tempDir());
    const second = await startCore(tempDir(), { port: first.port });
    const state = await second.core.handlers.getReceiverState();
    expect(state.status).toBe('error');
    expect(state.message).toBe(
      `Port ${first.port} is in use by another program. Pick another port in Settings, or run with --port ${first.port + 1}.`,
    );
  });

  it('still starts, in memory, with a corrupt database, and leaves the file as it was', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'hookbench.db'), 'this is not a database, but somebody may want it back');
    const { core, port } = await startCore(dataDir);
    const storage = await core.handlers.getStorageState();
    expect(storage.persistent).toBe(false);
    expect(storage.message).toMatch(/Could not use the data folder .* kept in memory only/);
    expect(core.warnings).toContain(storage.message);
    expect((await post(port, '/still-works')).status).toBe(200);
    expect((await core.handlers.getCounts()).total).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)('still starts with an unwritable data dir', async () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'locked'));
    chmodSync(join(parent, 'locked'), 0o500);
    const { core } = await startCore(join(parent, 'locked'));
    expect((await core.handlers.getStorageState()).persistent).toBe(false);
  });

  it('still starts when the data dir path is a file', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'not-a-dir'), '');
    const { core, port } = await startCore(join(parent, 'not-a-dir'));
    expect((await core.handlers.getStorageState()).persistent).toBe(false);
    expect((await post(port, '/')).status).toBe(200);
  });
});
