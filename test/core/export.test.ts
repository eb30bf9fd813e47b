import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { rawRequest } from '../support/raw-http';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { ndjsonChunks } from '../../src/main/core/export/ndjson';

const tempDir = useTempDirs();
const startCore = useCores();

interface HarEntry {
  request: { method: string; url: string; headers: Array<{ name: string; value: string }>; postData: { text: string; encoding?: string } };
  response: { status: number; content: { text?: string } };
  _hookbench: { id: number; origin: string; event: string | null; parentId: number | null };
}

describe('export', () => {
  it('writes HAR 1.2 that round-trips text and binary bodies byte for byte', async () => {
    const { core, port } = await startCore(tempDir());
    const text = '{"object_kind":"push","message":"héllo\\n"}';
    const binary = Buffer.concat([randomBytes(1000), Buffer.from([0xff, 0xfe, 0x00])]);
    await fetch(`http://127.0.0.1:${port}/text?x=1`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body: text });
    await fetch(`http://127.0.0.1:${port}/binary`, { method: 'POST', body: binary });

    const har = JSON.parse(await core.handlers.exportDeliveries('har')) as { log: { version: string; entries: HarEntry[] } };
    expect(har.log.version).toBe('1.2');
    const [first, second] = har.log.entries;
    expect(first.request.url).toBe(`http://127.0.0.1:${port}/text?x=1`);
    expect(first.request.postData).toEqual({ mimeType: 'text/plain;charset=UTF-8', text });
    expect(first._hookbench).toMatchObject({ origin: 'captured', event: 'Push Hook', parentId: null });
    expect(first.response).toMatchObject({ status: 200, content: { text: 'OK\n' } });
    expect(second.request.postData.encoding).toBe('base64');
    expect(Buffer.from(second.request.postData.text, 'base64').equals(binary)).toBe(true);
  });

  it('writes one JSON object per line with NDJSON, for the chosen ids only', async () => {
    const { core, port } = await startCore(tempDir());
    for (const path of ['/a', '/b', '/c']) await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: path });
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
    const lines = (await core.handlers.exportDeliveries('ndjson', [rows[0].id, rows[2].id])).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).url)).toEqual(['/a', '/c']);
    expect(JSON.parse(lines[1]).requestBody).toEqual({ text: '/c' });
  });
});

describe('export from a data dir', () => {
  it('reads without changing anything, even where retention would prune', async () => {
    const dataDir = tempDir();
    // settings.json keeps 2, but this run was started with --retain 0 (the override)…
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ storage: { retain: 2 } }));
    const { core, port } = await startCore(dataDir, { retain: 0 });
    for (let i = 0; i < 5; i++) await fetch(`http://127.0.0.1:${port}/${i}`, { method: 'POST', body: '{}' });
    await core.close();
    // …so exporting, which takes no override, must not apply the saved retention.
    for (let round = 0; round < 2; round++) {
      const store = new DeliveryStore(dataDir, { readOnly: true });
      const lines: string[] = [];
      lines.push(...ndjsonChunks(store));
      await store.close();
      expect(lines.join('').trim().split('\n')).toHaveLength(5);
    }
  });

  it('says in words that there is nothing to export in an empty folder', () => {
    expect(() => new DeliveryStore(tempDir(), { readOnly: true })).toThrow(/No deliveries are stored in .* \(there is no hookbench.db\)/);
  });

  it('still exports when a sender used a Host header that is not a valid host', async () => {
    const { core, port } = await startCore(tempDir());
    await rawRequest(port, 'POST /odd?x=1 HTTP/1.1\nHost: [bad\nContent-Length: 2\nConnection: close\n', Buffer.from('{}'));
    const har = JSON.parse(await core.handlers.exportDeliveries('har'));
    expect(har.log.entries[0].request).toMatchObject({ url: 'http://localhost/odd?x=1', queryString: [{ name: 'x', value: '1' }] });
  });
});
