import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bodyBytes, useCores } from '../support/core-harness';
import { rawRequest } from '../support/raw-http';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/import', name), 'utf8');

type Core = Awaited<ReturnType<typeof startCore>>['core'];

async function newest(core: Core, count: number) {
  const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: count });
  return Promise.all(rows.reverse().map(async (row) => (await core.handlers.getDelivery(row.id, true))!));
}

/** HAR entries without what names the store they came from: its ids and the origin an import replaces. */
function entriesOf(har: string) {
  return (JSON.parse(har) as { log: { entries: Array<Record<string, Record<string, unknown>>> } }).log.entries.map((entry) => ({
    ...entry,
    _hookbench: { ...entry._hookbench, origin: 'any' },
  }));
}

describe('import', () => {
  it('reads the shapes Firefox, HTTP Toolkit and mitmproxy write, byte for byte where the file has base64', async () => {
    const { core } = await startCore(tempDir());
    const firefox = await core.handlers.importDeliveries('/home/me/firefox.har', fixture('firefox.har'));
    expect(firefox).toMatchObject({ format: 'har', imported: 1 });
    expect(firefox.skipped).toEqual([
      'entry 2: its request body is given only as form params, not as text or bytes, so what was sent cannot be rebuilt',
    ]);
    const toolkit = await core.handlers.importDeliveries('http-toolkit.har', fixture('http-toolkit.har'));
    const mitm = await core.handlers.importDeliveries('mitmproxy.har', fixture('mitmproxy.har'));
    expect([toolkit.imported, mitm.imported, toolkit.skipped, mitm.skipped]).toEqual([1, 2, [], []]);

    const [fromFirefox, fromToolkit, fromMitm, refusedInMitm] = await newest(core, 4);
    expect(fromFirefox).toMatchObject({
      origin: 'imported', method: 'POST', url: 'http://127.0.0.1:8000/hooks/gitlab?project=42', event: 'Push Hook', provider: 'gitlab', status: 200,
      receivedAt: Date.parse('2026-11-30T08:12:01.244Z'),
    });
    expect(fromFirefox.requestHeaders[3]).toEqual(['X-Gitlab-Event', 'Push Hook']);
    expect((await bodyBytes(core, fromFirefox.id, 'request', true)).toString()).toBe('{"object_kind":"push","ref":"refs/heads/main"}');
    expect(await core.handlers.getDeliveryMark(fromFirefox.id)).toEqual({ pinned: false, note: null, importedFrom: 'firefox.har' });

    // HTTP/2's pseudo-headers are the request line, not headers.
    expect(fromToolkit).toMatchObject({ method: 'PUT', httpVersion: '2.0', status: 201, event: 'Job Hook' });
    expect(fromToolkit.requestHeaders.map(([name]) => name)).toEqual(['content-type', 'x-gitlab-event']);
    expect(await bodyBytes(core, fromToolkit.id, 'request', true)).toEqual(Buffer.from([0, 255, 1, 2, 254, 255]));
    expect((await bodyBytes(core, fromToolkit.id, 'response', true)).toString()).toBe('{"ok":true}');

    expect(fromMitm).toMatchObject({ status: 500, event: 'Merge Request Hook', durationMs: 5.61, receivedAt: Date.parse('2026-11-30T08:20:11.042Z') });
    expect((await bodyBytes(core, fromMitm.id, 'response', true)).toString()).toBe('<h1>Server Error</h1>');
    // mitmproxy (and Chrome) write a request that got no answer as status 0 with the cause in `_error`.
    expect(refusedInMitm).toMatchObject({
      status: null, errorKind: 'other', errorMessage: "Multiple exceptions: [Errno 111] Connect call failed ('127.0.0.1', 3001)",
    });
  });

  it('round trip: export, import into an empty folder, export gives the same entries (HAR and NDJSON)', async () => {
    const { core, port } = await startCore(tempDir());
    const json = Buffer.from('{"object_kind":"push","ref":"refs/heads/main"}');
    await rawRequest(port, `POST /hooks/gitlab?x=1 HTTP/1.1\nHost: 127.0.0.1:${port}\nX-Gitlab-Event: Push Hook\nX-Odd: caf\xe9\nContent-Length: ${json.length}\nConnection: close\n`, json);
    const binary = randomBytes(300);
    await rawRequest(port, `PUT /bin HTTP/1.1\nHost: 127.0.0.1:${port}\nContent-Length: ${binary.length}\nConnection: close\n`, binary);
    const har = await core.handlers.exportDeliveries('har', undefined, true);
    const ndjson = await core.handlers.exportDeliveries('ndjson', undefined, true);

    const { core: fromHar } = await startCore(tempDir());
    expect(await fromHar.handlers.importDeliveries('hooks.har', har)).toMatchObject({ imported: 2, skipped: [] });
    expect(entriesOf(await fromHar.handlers.exportDeliveries('har', undefined, true))).toEqual(entriesOf(har));
    expect(await bodyBytes(fromHar, 2, 'request', true)).toEqual(binary);

    const { core: fromNdjson } = await startCore(tempDir());
    expect(await fromNdjson.handlers.importDeliveries('hooks.ndjson', ndjson)).toMatchObject({ format: 'ndjson', imported: 2, skipped: [] });
    const lines = (text: string) => text.trim().split('\n').map((line) => ({ ...JSON.parse(line), origin: 'any' }));
    expect(lines(await fromNdjson.handlers.exportDeliveries('ndjson', undefined, true))).toEqual(lines(ndjson));
  });

  it('refuses a file that is neither HAR nor NDJSON in words, and reports bad lines', async () => {
    const { core } = await startCore(tempDir());
    await expect(core.handlers.importDeliveries('notes.txt', 'hello')).rejects.toThrow(/neither a HAR file .* nor Hookbench NDJSON/);
    await expect(core.handlers.importDeliveries('x.ndjson', '{"method":"GET"}\n{oops\n')).resolves.toMatchObject({
      imported: 0,
      skipped: ['line 1: it is not a Hookbench delivery (no method, url or requestHeaders)', expect.stringMatching(/^line 2: it is not JSON/)],
    });
  });
});
