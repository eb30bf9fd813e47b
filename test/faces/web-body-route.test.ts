/**
 * GET /api/body/:id/:part: a body's bytes over their own route, not base64 inside JSON, with Range for the first
 * screenful and the rest; the token is required as for every call, and secrets are masked unless revealed.
 */
import { describe, expect, it } from 'vitest';
import { MOCK_TOKEN, useMockTrigger } from '../support/mock-trigger-harness';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { useWebFaces } from '../support/web-face-harness';

/** 200 KB that is not UTF-8 (every byte value), so any text or JSON round trip would change it. */
const BINARY = Buffer.from(Array.from({ length: 200 * 1024 }, (_, i) => (i * 7 + (i >> 8)) % 256));
const TRIGGER = '/api/v4/projects/42/trigger/pipeline';
/** Either half of the mock's token; the mask keeps only its last four characters (••••••cdef). */
const TOKEN_HALVES = [MOCK_TOKEN.slice(0, 12), MOCK_TOKEN.slice(12, -4)];

describe('the raw body route', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();
  const startMock = useMockTrigger(tempDir);
  const startWeb = useWebFaces();

  async function webOf(core: Parameters<typeof startWeb>[0]['core']) {
    const web = await startWeb({ core, port: 0, rendererDir: tempDir() });
    const body = (path: string, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${web.port}/api/body/${path}`, { headers: { Authorization: `Bearer ${web.token}`, ...headers } });
    return { web, body };
  }

  async function withBinaryBody() {
    const { core, port } = await startCore(tempDir());
    const sent = await fetch(`http://127.0.0.1:${port}/hooks/binary`, { method: 'POST', body: BINARY, headers: { 'Content-Type': 'application/octet-stream' } });
    expect(sent.status).toBe(200);
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 1 });
    return { id: rows[0]!.id, ...(await webOf(core)) };
  }

  it('refuses without the token, or with another, and shows nothing of the body', async () => {
    const { id, web, body } = await withBinaryBody();
    for (const response of [await fetch(`http://127.0.0.1:${web.port}/api/body/${id}/request`), await body(`${id}/request`, { Authorization: 'Bearer guessed' })]) {
      expect(response.status).toBe(403);
      expect((await response.json()).failure).toMatchObject({ code: 'refused/ui-access' });
    }
  });

  it('answers the exact stored bytes as application/octet-stream', async () => {
    const { id, body } = await withBinaryBody();
    const response = await body(`${id}/request`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String(BINARY.length));
    expect(response.headers.get('x-body-size')).toBe(String(BINARY.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(BINARY)).toBe(true);
  });

  it('answers a range with 206, its Content-Range and exactly those bytes, and the rest from an offset', async () => {
    const { id, body } = await withBinaryBody();
    const first = await body(`${id}/request`, { Range: 'bytes=0-65535' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-65535/${BINARY.length}`);
    expect(Buffer.from(await first.arrayBuffer()).equals(BINARY.subarray(0, 65536))).toBe(true);

    const rest = await body(`${id}/request?revealSecrets=true`, { Range: 'bytes=65536-' });
    expect(rest.status).toBe(206);
    expect(rest.headers.get('content-range')).toBe(`bytes 65536-${BINARY.length - 1}/${BINARY.length}`);
    expect(Buffer.from(await rest.arrayBuffer()).equals(BINARY.subarray(65536))).toBe(true);

    const past = await body(`${id}/request`, { Range: 'bytes=999999-' });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${BINARY.length}`);
    expect((await body(`${id}/request`, { Range: 'bytes=-500' })).status).toBe(416);
  });

  it("answers a long body's first screenful masked from its start alone: the total unknown (*), X-Body-Size the stored size", async () => {
    const { core, port } = await startCore(tempDir());
    const sent = Buffer.from(JSON.stringify({ token: 'x'.repeat(30), note: 'n'.repeat(300 * 1024) }));
    expect((await fetch(`http://127.0.0.1:${port}/hooks/json`, { method: 'POST', body: sent })).status).toBe(200);
    const id = (await core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows[0]!.id;
    const { body } = await webOf(core);
    const whole = Buffer.from(await (await body(`${id}/request`)).arrayBuffer());
    const first = await body(`${id}/request`, { Range: 'bytes=0-16383' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe('bytes 0-16383/*');
    expect(first.headers.get('x-body-size')).toBe(String(sent.length));
    const rest = await body(`${id}/request`, { Range: 'bytes=16384-' });
    expect(rest.headers.get('content-range')).toBe(`bytes 16384-${whole.length - 1}/${whole.length}`);
    expect(Buffer.concat([Buffer.from(await first.arrayBuffer()), Buffer.from(await rest.arrayBuffer())]).equals(whole)).toBe(true);
  });

  it('says a body is missing with its own code, and refuses a bad part or reveal flag in words', async () => {
    const { id, body } = await withBinaryBody();
    const missing = await body(`${id + 1}/request`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).failure).toEqual({ kind: 'not-found', code: 'not-found/body', message: `Delivery ${id + 1} has no request body.` });
    const bad = await body(`${id}/headers`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).failure.message).toContain('one of request, response');
    expect((await (await body(`${id}/request?revealSecrets=yes`)).json()).failure.message).toBe('revealSecrets must be true or false.');
    // Refused by the core, which /api/call answers with 200: here a 200 would read as the body's bytes.
    const refused = await body('0/request');
    expect(refused.status).toBe(400);
    expect((await refused.json()).failure).toEqual({ kind: 'refused', code: 'refused/request', message: '0 is not a delivery id.' });
  });

  it('points calls of getBodyBytes over JSON to the raw route', async () => {
    const { id, web } = await withBinaryBody();
    const response = await fetch(`http://127.0.0.1:${web.port}/api/call/getBodyBytes`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: [id, 'request'] }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).failure.message).toContain('GET /api/body/<id>/<part>');
  });

  it('never shows the mock\'s token unless revealed, whole or in ranges that cut it anywhere; revealed, the stored bytes', async () => {
    const mock = await startMock();
    // The token in a token field (masked by position) and inside other text (masked as a held secret), past 64 KB too.
    const sent = JSON.stringify({ token: MOCK_TOKEN, ref: 'main', note: `${'x'.repeat(65_520)}${MOCK_TOKEN} and again ${MOCK_TOKEN}.` });
    expect((await fetch(mock.url(TRIGGER), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: sent })).status).toBe(201);
    const id = (await mock.core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows[0]!.id;
    const { body } = await webOf(mock.core);
    const read = async (path: string, range?: string) => Buffer.from(await (await body(path, range ? { Range: range } : {})).arrayBuffer());

    const whole = await read(`${id}/request`);
    for (const half of TOKEN_HALVES) expect(whole.toString()).not.toContain(half);
    // Cuts inside each token where it was stored (what slicing before masking would cut), within the shown (shorter) body.
    const cuts = [...sent.matchAll(new RegExp(MOCK_TOKEN, 'g'))]
      .flatMap(({ index }) => [index + 3, index + 12, index + MOCK_TOKEN.length - 2])
      .filter((cut) => cut < whole.length);
    expect(cuts.length).toBeGreaterThanOrEqual(6);
    for (const cut of cuts) {
      const head = await read(`${id}/request`, `bytes=0-${cut - 1}`);
      const rest = await read(`${id}/request`, `bytes=${cut}-`);
      for (const half of TOKEN_HALVES) expect([head.toString(), rest.toString()], `cut at ${cut}`).not.toEqual(expect.arrayContaining([expect.stringContaining(half)]));
      expect(Buffer.concat([head, rest]).equals(whole), `cut at ${cut}`).toBe(true);
    }

    expect((await read(`${id}/request?revealSecrets=true`)).toString()).toBe(sent);
    const cut = cuts[1]!;
    expect((await read(`${id}/request?revealSecrets=true`, `bytes=${cut}-${cut + 99}`)).toString()).toBe(sent.slice(cut, cut + 100));
  });
});
