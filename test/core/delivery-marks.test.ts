import { describe, expect, it } from 'vitest';
import { bodyBytes, useCores } from '../support/core-harness';
import { rawRequest } from '../support/raw-http';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

type Core = Awaited<ReturnType<typeof startCore>>['core'];

async function capture(port: number, n: number): Promise<void> {
  const body = Buffer.from(`{"object_kind":"push","n":${n}}`);
  await rawRequest(port, `POST /hook/${n} HTTP/1.1\nHost: x\nX-Gitlab-Event: Push Hook\nContent-Length: ${body.length}\nConnection: close\n`, body);
}

async function storedIds(core: Core): Promise<number[]> {
  return (await core.handlers.listDeliveries({ offset: 0, limit: 100 })).rows.map((row) => row.id);
}

describe('delete with undo', () => {
  it('puts a deleted delivery back under its id, headers and body as they were', async () => {
    const { core, port } = await startCore(tempDir());
    for (const n of [1, 2, 3]) await capture(port, n);
    const before = await core.handlers.getDelivery(2, true);
    const body = await bodyBytes(core, 2, 'request', true);

    expect(await core.handlers.deleteDeliveries([2])).toBe(1);
    expect(await storedIds(core)).toEqual([3, 1]);
    expect(await core.handlers.getDelivery(2)).toBeNull();

    expect(await core.handlers.restoreDeliveries([2])).toBe(1);
    expect(await storedIds(core)).toEqual([3, 2, 1]);
    expect(await core.handlers.getDelivery(2, true)).toEqual(before);
    expect(await bodyBytes(core, 2, 'request', true)).toEqual(body);
    expect((await core.handlers.getCounts()).total).toBe(3);
    expect(() => core.handlers.restoreDeliveries([2])).toThrow(/Nothing to undo: a delete can be undone for 15 seconds/);
  });

  it('keeps a restored delivery\'s pin and note', async () => {
    const { core, port } = await startCore(tempDir());
    await capture(port, 1);
    await core.handlers.setDeliveryMark(1, { pinned: true, note: 'the one that broke' });
    await core.handlers.deleteDeliveries([1]);
    await core.handlers.restoreDeliveries([1]);
    expect(await core.handlers.getDeliveryMark(1)).toEqual({ pinned: true, note: 'the one that broke', importedFrom: null });
  });
});

describe('pins and notes', () => {
  it('a pinned delivery survives Clear all, with its note; the others go', async () => {
    const { core, port } = await startCore(tempDir());
    for (const n of [1, 2, 3]) await capture(port, n);
    expect(await core.handlers.setDeliveryMark(2, { pinned: true, note: '  compare with prod  ' })).toEqual({ pinned: true, note: 'compare with prod', importedFrom: null });
    await core.handlers.setDeliveryMark(3, { pinned: false, note: 'unpinned note' });
    await core.handlers.clearDeliveries();
    expect(await storedIds(core)).toEqual([2]);
    expect(await core.handlers.getDeliveryMark(2)).toEqual({ pinned: true, note: 'compare with prod', importedFrom: null });
    expect(await core.handlers.getDeliveryMark(3)).toEqual({ pinned: false, note: null, importedFrom: null });
  });

  it('retention keeps the newest N and every pinned delivery', async () => {
    const { core, port } = await startCore(tempDir(), { retain: 2 });
    await capture(port, 1);
    await core.handlers.setDeliveryMark(1, { pinned: true, note: null });
    for (const n of [2, 3, 4, 5]) await capture(port, n);
    await expect.poll(() => storedIds(core), { timeout: 5_000 }).toEqual([5, 4, 1]);
  });

  it('refuses a note over 500 characters and a delivery that is not there, in words', async () => {
    const { core, port } = await startCore(tempDir());
    await capture(port, 1);
    expect(() => core.handlers.setDeliveryMark(1, { pinned: false, note: 'x'.repeat(501) })).toThrow('A note holds up to 500 characters; this one has 501.');
    expect(() => core.handlers.setDeliveryMark(9, { pinned: true, note: null })).toThrow('There is no delivery 9');
  });
});
