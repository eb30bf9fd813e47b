import { describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { startReceiver } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';
import { forwardedPair, legStored, type StartedCore } from './forward-support';

const tempDir = useTempDirs();
const startCore = useCores();

async function forwarding(status = 202, overrides = {}): Promise<{ started: StartedCore; close: () => Promise<void>; url: string }> {
  const target = await startReceiver({ status });
  const started = await startCore(tempDir(), overrides, undefined, { routeFlags: { forward: `${target.url}/in` } });
  return { started, close: () => target.close(), url: target.url };
}

const post = (started: StartedCore, path = '/hooks') =>
  fetch(`http://127.0.0.1:${started.port}${path}`, { method: 'POST', body: '{"object_kind":"push"}' }).then((r) => r.status);

describe('a forwarded delivery and its leg', () => {
  it('are one item: listed and counted once, the leg under the Forwarded filter and in the chain', async () => {
    const { started, close } = await forwarding(503);
    expect(await post(started)).toBe(503);
    expect(await post(started)).toBe(503);
    await legStored(started, 2);
    await close();
    const { core } = started;
    const all = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(all.rows.map((row) => [row.origin, row.status])).toEqual([['captured', 503], ['captured', 503]]);
    expect(all.total).toBe(2);
    expect(await core.handlers.getCounts()).toMatchObject({ total: 2, failures: 2 });
    const failures = await core.handlers.listDeliveries({ offset: 0, limit: 10, statusClasses: ['failure'] });
    expect(failures.rows.map((row) => row.origin)).toEqual(['captured', 'captured']);
    const forwarded = await core.handlers.listDeliveries({ offset: 0, limit: 10, origins: ['forwarded'] });
    expect(forwarded.rows.map((row) => [row.origin, row.parentId])).toEqual([['forwarded', all.rows[0].id], ['forwarded', all.rows[1].id]]);
    const chain = await core.handlers.listDeliveries({ offset: 0, limit: 10, parentId: all.rows[0].id });
    expect(chain.rows.map((row) => row.id)).toEqual([forwarded.rows[0].id]);
  });

  it('reach the access log once, with the answer the sender got', async () => {
    const { started, close } = await forwarding(201);
    const logged: Array<[string, number | null]> = [];
    started.core.onCaptured(({ rows }) => logged.push(...rows.map((row) => [row.url, row.status] as [string, number | null])));
    expect(await post(started, '/hooks/a')).toBe(201);
    await legStored(started);
    await close();
    expect(logged).toEqual([['/hooks/a', 201]]);
  });

  it('are deleted together', async () => {
    const { started, close } = await forwarding();
    await post(started);
    await legStored(started);
    await close();
    const { captured } = await forwardedPair(started);
    await started.core.handlers.deleteDeliveries([captured.id]);
    expect((await started.core.handlers.listDeliveries({ offset: 0, limit: 10, origins: ['captured', 'forwarded'] })).rows).toEqual([]);
  });

  it('are exported together, the leg linked to its capture', async () => {
    const { started, close } = await forwarding();
    await post(started);
    await legStored(started);
    await close();
    const { captured, leg } = await forwardedPair(started);
    const ndjson = await started.core.handlers.exportDeliveries('ndjson', [captured.id]);
    const exported = ndjson.trim().split('\n').map((line) => JSON.parse(line) as { id: number; parentId: number | null; origin: string });
    expect(exported.map(({ id, parentId, origin }) => ({ id, parentId, origin }))).toEqual([
      { id: captured.id, parentId: null, origin: 'captured' },
      { id: leg.id, parentId: captured.id, origin: 'forwarded' },
    ]);
  });

  it('are pruned together by retention', async () => {
    const { started, close } = await forwarding(200, { retain: 2 });
    for (const [i, path] of ['/a', '/b', '/c'].entries()) {
      await post(started, path);
      await legStored(started, i + 1);
    }
    await close();
    const { core } = started;
    const deadline = Date.now() + 5_000;
    while ((await core.handlers.getCounts()).total > 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const kept = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(kept.rows.map((row) => row.url)).toEqual(['/c', '/b']);
    const legs = await core.handlers.listDeliveries({ offset: 0, limit: 10, origins: ['forwarded'] });
    expect(legs.rows.map((row) => row.parentId)).toEqual(kept.rows.map((row) => row.id));
  });

  it('replays to the same target by default, linked to the leg', async () => {
    const target = await startReceiver({ status: 202 });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `${target.url}/in` } });
    expect(await post(started)).toBe(202);
    await legStored(started);
    const { leg } = await forwardedPair(started);
    const replayed = await started.core.handlers.replayDelivery({ id: leg.id });
    await target.close();
    expect(replayed).toMatchObject({ origin: 'replay', parentId: leg.id, status: 202, url: `${target.url}/in/hooks` });
    expect(target.seen.map((seen) => seen.url)).toEqual(['/in/hooks', '/in/hooks']);
  });
});
