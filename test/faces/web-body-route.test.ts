/**
 * GET /api/body/:id/:part: a body's exact bytes over their own route, not base64 inside JSON, with Range
 * for the first screenful and the rest; the token is required as for every call.
 */
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { useWebFaces } from '../support/web-face-harness';

/** 200 KB that is not UTF-8 (every byte value), so any text or JSON round trip would change it. */
const BODY = Buffer.from(Array.from({ length: 200 * 1024 }, (_, i) => (i * 7 + (i >> 8)) % 256));

describe('the raw body route', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();
  const startWeb = useWebFaces();

  async function start() {
    const { core, port } = await startCore(tempDir());
    const sent = await fetch(`http://127.0.0.1:${port}/hooks/binary`, { method: 'POST', body: BODY, headers: { 'Content-Type': 'application/octet-stream' } });
    expect(sent.status).toBe(200);
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 1 });
    const web = await startWeb({ core, port: 0, rendererDir: tempDir() });
    const body = (path: string, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${web.port}/api/body/${path}`, { headers: { Authorization: `Bearer ${web.token}`, ...headers } });
    return { id: rows[0]!.id, web, body };
  }

  it('refuses without the token and shows nothing of the body', async () => {
    const { id, web } = await start();
    const response = await fetch(`http://127.0.0.1:${web.port}/api/body/${id}/request`);
    expect(response.status).toBe(403);
    expect((await response.json()).error).toContain('a valid token is required');
  });

  it('answers the exact stored bytes as application/octet-stream', async () => {
    const { id, body } = await start();
    const response = await body(`${id}/request`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String(BODY.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(BODY)).toBe(true);
  });

  it('answers a range with 206, its Content-Range and exactly those bytes, and the rest from an offset', async () => {
    const { id, body } = await start();
    const first = await body(`${id}/request`, { Range: 'bytes=0-65535' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-65535/${BODY.length}`);
    expect(Buffer.from(await first.arrayBuffer()).equals(BODY.subarray(0, 65536))).toBe(true);

    const rest = await body(`${id}/request`, { Range: 'bytes=65536-' });
    expect(rest.status).toBe(206);
    expect(rest.headers.get('content-range')).toBe(`bytes 65536-${BODY.length - 1}/${BODY.length}`);
    expect(Buffer.from(await rest.arrayBuffer()).equals(BODY.subarray(65536))).toBe(true);

    const past = await body(`${id}/request`, { Range: 'bytes=999999-' });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${BODY.length}`);
    expect((await body(`${id}/request`, { Range: 'bytes=-500' })).status).toBe(416);
  });

  it('says a body is missing in its own field, and refuses a bad part in words', async () => {
    const { id, body } = await start();
    const missing = await body(`${id + 1}/request`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ missing: `Delivery ${id + 1} has no request body.` });
    const bad = await body(`${id}/headers`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toContain('request or response');
  });

  it('points calls of getBodyBytes over JSON to the raw route', async () => {
    const { id, web } = await start();
    const response = await fetch(`http://127.0.0.1:${web.port}/api/call/getBodyBytes`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: [id, 'request'] }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain('GET /api/body/<id>/<part>');
  });
});
