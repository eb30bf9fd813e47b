/**
 * Edit and resend: a captured delivery goes out again with its own method, path, headers (GitLab's User-Agent
 * and ids kept) and the body as edited, linked to the delivery it came from.
 */
import { describe, expect, it } from 'vitest';
import { headerValue } from '@shared/headers';
import { bodyBytes, useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

type Core = Awaited<ReturnType<ReturnType<typeof useCores>>>['core'];

async function newestDetail(core: Core) {
  const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 1 });
  // As stored (revealed): what Edit and resend starts from.
  const detail = await core.handlers.getDelivery(rows[0].id, true);
  if (!detail) throw new Error('nothing stored');
  return detail;
}

const TRANSPORT = new Set(['host', 'content-length', 'connection', 'transfer-encoding']);

describe('edit and resend', () => {
  it('sends a form-encoded capture again with its method, headers and edited body, stored as a replay of it', async () => {
    const inbox = await startCore(tempDir());
    const target = await startCore(tempDir());
    const form = 'token=abc&ref=main&variables%5BX%5D=1';
    const posted = await fetch(`http://127.0.0.1:${inbox.port}/api/v4/projects/7/trigger/pipeline?x=1`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'GitLab/17.4.0', 'Idempotency-Key': 'idem-7' },
      body: form,
    });
    expect(posted.status).toBe(200);
    const captured = await newestDetail(inbox.core);
    const headers = captured.requestHeaders.filter(([name]) => !TRANSPORT.has(name.toLowerCase()));
    const request = {
      to: `http://127.0.0.1:${target.port}/api/v4/projects/7/trigger/pipeline?x=1`,
      event: '',
      payload: `${form}&edited=yes`,
      resendOf: { id: captured.id, method: captured.method },
      headers,
    };
    const { headers: preview } = await inbox.core.handlers.previewSampleHeaders(request);
    expect(preview).toEqual(headers);

    const row = await inbox.core.handlers.sendSample(request);
    expect(row).toMatchObject({ origin: 'replay', parentId: captured.id, method: 'PUT', status: 200 });
    expect((await inbox.core.handlers.listDeliveries({ offset: 0, limit: 5, parentId: captured.id })).rows.map((r) => r.id)).toEqual([row.id]);

    const received = await newestDetail(target.core);
    expect(received.method).toBe('PUT');
    expect(received.url).toBe('/api/v4/projects/7/trigger/pipeline?x=1');
    expect((await bodyBytes(target.core, received.id, 'request', true)).toString()).toBe(`${form}&edited=yes`);
    expect(headerValue(received.requestHeaders, 'User-Agent')).toBe('GitLab/17.4.0');
    expect(headerValue(received.requestHeaders, 'Idempotency-Key')).toBe('idem-7');
    expect(headerValue(received.requestHeaders, 'Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(received.requestHeaders.map(([name]) => name).filter((name) => !TRANSPORT.has(name.toLowerCase())))
      .toEqual(headers.map(([name]) => name));
  });

  it('sends a body that is not text byte for byte when no text is given, and refuses what cannot go again', async () => {
    const inbox = await startCore(tempDir());
    const target = await startCore(tempDir());
    const binary = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x0a, 0xc3]);
    await fetch(`http://127.0.0.1:${inbox.port}/upload`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: binary });
    const captured = await newestDetail(inbox.core);
    const row = await inbox.core.handlers.sendSample({
      to: `http://127.0.0.1:${target.port}/upload`, event: '', payload: null, resendOf: { id: captured.id, method: 'POST' },
      headers: [['Content-Type', 'application/octet-stream']],
    });
    expect(row).toMatchObject({ origin: 'replay', parentId: captured.id, status: 200 });
    expect((await bodyBytes(target.core, (await newestDetail(target.core)).id)).equals(binary)).toBe(true);

    await expect(inbox.core.handlers.sendSample({ to: 'http://127.0.0.1:9/', event: 'Push Hook', payload: null })).rejects.toThrow(
      'The payload must be text.',
    );
    await expect(inbox.core.handlers.sendSample({
      to: 'http://127.0.0.1:9/', event: '', payload: null, resendOf: { id: 999, method: 'POST' },
    })).rejects.toThrow('There is no delivery #999');
    await expect(inbox.core.handlers.sendSample({
      to: 'http://127.0.0.1:9/', event: '', payload: '{}', resendOf: { id: captured.id, method: 'GET /x' },
    })).rejects.toThrow('is not an HTTP method');
  });
});
