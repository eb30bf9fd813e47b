import { describe, expect, it } from 'vitest';
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

  it('never gives a delivery id again, even after Clear all and a restart', async () => {
    const dataDir = tempDir();
    const first = await startCore(dataDir);
    await post(first.port, '/one');
    await post(first.port, '/two');
    const before = await first.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    await first.core.handlers.clearDeliveries();
    await first.core.close();

    const second = await startCore(dataDir);
    await post(second.port, '/three');
    const after = await second.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(after.rows.map((r) => r.url)).toEqual(['/three']);
    expect(after.rows[0].id).toBeGreaterThan(Math.max(...before.rows.map((r) => r.id)));
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

});
