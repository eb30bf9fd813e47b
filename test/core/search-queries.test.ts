import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../src/main/core/app-core';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL } from '../../src/main/core/store/insert-statements';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

async function paths(core: AppCore, search: string): Promise<string[]> {
  const page = await core.handlers.listDeliveries({ offset: 0, limit: 100, search });
  return page.rows.map((r) => r.url).reverse();
}

/** Waits (bounded) until the reader thread's indexer has every stored delivery in the index. */
async function fullyIndexed(core: AppCore): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { searchIndex } = await core.handlers.listDeliveries({ offset: 0, limit: 1, search: 'anything' });
    if (searchIndex && searchIndex.newestId > 0 && searchIndex.indexedThrough >= searchIndex.newestId) return;
    if (Date.now() > deadline) throw new Error(`the index stopped at ${JSON.stringify(searchIndex)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('search queries over captured hooks', () => {
  it('answers every qualifier from the index the reader thread builds', async () => {
    const dataDir = tempDir();
    const { core, port } = await startCore(dataDir);
    const send = (path: string, event: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'X-Gitlab-Event': event, ...headers }, body });
    await send('/hooks/push', 'Push Hook', '{"ref":"refs/heads/main","message":"Fix the uploads page"}', { 'X-Gitlab-Event-UUID': '0a6798d6-aaaa' });
    await send('/hooks/mr', 'Merge Request Hook', '{"title":"Crash on ünïcode"}', { 'X-Gitlab-Token': 'secret' });
    await send('/upload/file', 'Push Hook', `{"pad":"${'z'.repeat(2048)}"}`);
    await core.handlers.updateSettings({ receiver: { defaultResponse: { status: 500, headers: [], body: '', delayMs: 0 } } });
    await send('/other', 'Note Hook', '{"note":"LGTM"}');
    await fullyIndexed(core);

    const db = new DatabaseSync(join(dataDir, 'hookbench-search.db'), { readOnly: true });
    expect(db.prepare("SELECT count(*) AS n FROM search_text WHERE search_text MATCH '\"uploads\"'").get()).toEqual({ n: 1 });
    db.close();

    expect(await paths(core, 'uploads')).toEqual(['/hooks/push']);
    expect(await paths(core, 'upload')).toEqual(['/hooks/push', '/upload/file']);
    expect(await paths(core, '/upload')).toEqual(['/upload/file']);
    expect(await paths(core, 'ÜNÏCODE')).toEqual(['/hooks/mr']);
    expect(await paths(core, 'merge crash')).toEqual(['/hooks/mr']); // the event and the body
    expect(await paths(core, 'merge LGTM')).toEqual([]); // both words must match
    expect(await paths(core, '"merge request"')).toEqual(['/hooks/mr']);
    expect(await paths(core, 'status:500')).toEqual(['/other']);
    expect(await paths(core, 'status:5xx OR status:failed')).toEqual(['/other']);
    expect(await paths(core, '-status:failed')).toEqual(['/hooks/push', '/hooks/mr', '/upload/file']);
    expect(await paths(core, 'event:"merge request hook"')).toEqual(['/hooks/mr']);
    expect(await paths(core, '-event:"Push Hook"')).toEqual(['/hooks/mr', '/other']);
    expect(await paths(core, 'method:post path:/hooks/*')).toEqual(['/hooks/push', '/hooks/mr']);
    expect(await paths(core, 'path:/hooks')).toEqual(['/hooks/push', '/hooks/mr']);
    expect(await paths(core, 'header:X-Gitlab-Event-UUID=0a6798d6')).toEqual(['/hooks/push']);
    expect(await paths(core, 'header:x-gitlab-token')).toEqual(['/hooks/mr']);
    expect(await paths(core, '-header:X-Gitlab-Token')).toEqual(['/hooks/push', '/upload/file', '/other']);
    expect(await paths(core, 'body:"refs/heads/main"')).toEqual(['/hooks/push']);
    expect(await paths(core, 'body:"X-Gitlab"')).toEqual([]); // a header is not the body
    expect(await paths(core, 'size:>1kb')).toEqual(['/upload/file']);
    expect(await paths(core, 'origin:captured verdict:not-configured event:"Note Hook"')).toEqual(['/other']);
    expect(await paths(core, 'origin:replay')).toEqual([]);
    expect(await paths(core, 'after:2000-01-01 before:2999-01-01 event:"Note Hook"')).toEqual(['/other']);
    expect(await paths(core, 'before:2000-01-01')).toEqual([]);
    await expect(core.handlers.listDeliveries({ offset: 0, limit: 10, search: 'status:teapot' })).rejects.toThrow(
      'status: expects a code like 404, a class like 4xx, or failed',
    );
  });

  it('pages by key, and caps a large count at 10 000+', async () => {
    const dataDir = tempDir();
    const { core, port } = await startCore(dataDir);
    for (let i = 0; i < 5; i++) await fetch(`http://127.0.0.1:${port}/p/${i}`, { method: 'POST', body: '{}' });
    const first = await core.handlers.listDeliveries({ offset: 0, limit: 2, search: 'path:/p/*' });
    expect(first.rows.map((r) => r.url)).toEqual(['/p/4', '/p/3']);
    const next = await core.handlers.listDeliveries({ offset: 0, limit: 2, search: 'path:/p/*', beforeId: first.rows[1].id });
    expect(next.rows.map((r) => r.url)).toEqual(['/p/2', '/p/1']);
    expect(next.total).toBe(5);
    expect(next.totalCapped).toBeUndefined();

    // Another process writes 10 050 deliveries straight into the store, as `hookbench send` would, in one go.
    const db = new DatabaseSync(join(dataDir, 'hookbench.db'));
    const delivery = db.prepare(INSERT_DELIVERY_SQL);
    const exchange = db.prepare(INSERT_EXCHANGE_SQL);
    db.exec('BEGIN');
    for (let i = 0; i < 10_050; i++) {
      const { lastInsertRowid } = delivery.run('captured', null, Date.now(), 'POST', `/many/${i}`, 'gitlab', 'Push Hook', 200, null, 1, 2, 0, 'not-configured', 'not-configured');
      exchange.run(Number(lastInsertRowid), '1.1', null, '[]', Buffer.from('{}'), null, null, null, null);
    }
    db.exec('COMMIT');
    db.close();
    const many = await core.handlers.listDeliveries({ offset: 0, limit: 1, search: 'path:/many/*' });
    expect([many.total, many.totalCapped]).toEqual([10_000, true]);
    expect((await core.handlers.listDeliveries({ offset: 0, limit: 1 })).total).toBe(10_055);
  });
});
