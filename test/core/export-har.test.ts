/** HAR exports checked by har-validator (software we did not write) and by what a HAR viewer shows. */
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { rawRequest } from '../support/raw-http';
import { useTempDirs } from '../support/temp-dir';
// har-validator ships no types; `har` resolves with the log or rejects listing what is wrong.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const harValidator = require('har-validator') as { har(data: unknown): Promise<unknown> };

const tempDir = useTempDirs();
const startCore = useCores();

interface HarHeader {
  name: string;
  value: string;
  _base64?: string;
}

interface HarEntry {
  time: number;
  request: { method: string; url: string; headers: HarHeader[]; postData?: { text: string }; bodySize: number };
  response: { status: number; statusText: string };
  timings: { wait: number };
}

async function exportedHar(core: Awaited<ReturnType<typeof startCore>>['core']) {
  const har = JSON.parse(await core.handlers.exportDeliveries('har')) as { log: { entries: HarEntry[] } };
  await harValidator.har(har).catch((error: { errors?: unknown }) => {
    throw new Error(`har-validator refused the export: ${JSON.stringify(error.errors ?? error)}`);
  });
  return har.log.entries;
}

describe('HAR export', () => {
  it('is valid HAR 1.2 for OPTIONS *, a bodiless GET, a POST and a call that got no answer', async () => {
    const { core, port } = await startCore(tempDir());
    await rawRequest(port, `OPTIONS * HTTP/1.1\nHost: 127.0.0.1:${port}\nConnection: close\n`);
    await fetch(`http://127.0.0.1:${port}/health`);
    await fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST', body: '{"a":1}' });
    await core.handlers.sendSample({ to: 'http://127.0.0.1:9/nowhere', event: 'Push Hook', payload: '{}' });

    const [options, get, post, failed] = await exportedHar(core);
    expect(options.request).toMatchObject({ method: 'OPTIONS', url: `http://127.0.0.1:${port}` });
    expect(options.response).toMatchObject({ status: 200, statusText: 'OK' });
    expect(get.request.postData).toBeUndefined();
    expect(get.request.bodySize).toBe(0);
    expect(post.request.postData?.text).toBe('{"a":1}');
    expect(failed.response).toMatchObject({ status: 0, statusText: 'internal error' });
    expect(failed.time).toBeGreaterThanOrEqual(0);
    expect(failed.timings.wait).toBeGreaterThanOrEqual(0);
  });

  it('shows header values sent as UTF-8 bytes as UTF-8 text and keeps their raw bytes', async () => {
    const { core, port } = await startCore(tempDir());
    const utf8 = Buffer.from('Zoë Müller ✓', 'utf8');
    const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9]); // "Café" in Latin-1: not UTF-8
    const head = Buffer.concat([
      Buffer.from(`POST /hook HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Author: `), utf8,
      Buffer.from('\r\nX-Legacy: '), latin1,
      Buffer.from('\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
    ]);
    await rawRequest(port, head);

    const [entry] = await exportedHar(core);
    const header = (name: string) => entry.request.headers.find((h) => h.name === name)!;
    expect(header('X-Author').value).toBe('Zoë Müller ✓');
    expect(Buffer.from(header('X-Author')._base64!, 'base64').equals(utf8)).toBe(true);
    expect(Buffer.from(header('X-Legacy')._base64!, 'base64').equals(latin1)).toBe(true);
    expect(header('Host')._base64).toBeUndefined();
  });
});
