import { describe, expect, it } from 'vitest';
import { headerValue } from '@shared/headers';
import { generateSigningToken } from '../../src/main/core/verify/standard-webhooks';
import { bodyBytes, useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

async function newestDetail(core: Awaited<ReturnType<ReturnType<typeof useCores>>>['core']) {
  const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 1 });
  const detail = await core.handlers.getDelivery(rows[0].id);
  if (!detail) throw new Error('nothing stored');
  return detail;
}

describe('replay', () => {
  it('sends a captured delivery again, byte for byte with its Idempotency-Key, linked to it', async () => {
    const signingToken = generateSigningToken();
    const inbox = await startCore(tempDir());
    const target = await startCore(tempDir(), {}, { secretToken: null, signingToken, rejectInvalid: false });
    const sender = await startCore(tempDir());
    const payload = (await sender.core.handlers.generateSample({ event: 'Merge Request Hook' })).payload;
    await sender.core.handlers.sendSample({ to: `http://127.0.0.1:${inbox.port}/in`, event: 'Merge Request Hook', payload, signingToken });
    const captured = await newestDetail(inbox.core);

    await expect(inbox.core.handlers.replayDelivery({ id: captured.id })).rejects.toThrow('was received, not sent: say where to replay it to');
    const row = await inbox.core.handlers.replayDelivery({ id: captured.id, to: `http://127.0.0.1:${target.port}/out` });
    expect(row).toMatchObject({ origin: 'replay', parentId: captured.id, status: 200, event: 'Merge Request Hook', method: 'POST' });
    expect((await inbox.core.handlers.listDeliveries({ offset: 0, limit: 10, parentId: captured.id })).rows.map((r) => r.id)).toEqual([row.id]);

    const received = await newestDetail(target.core);
    expect(received.url).toBe('/out');
    expect(headerValue(received.requestHeaders, 'Idempotency-Key')).toBe(headerValue(captured.requestHeaders, 'Idempotency-Key'));
    expect(headerValue(received.requestHeaders, 'Host')).toBe(`127.0.0.1:${target.port}`);
    expect((await bodyBytes(target.core, received.id)).equals(await bodyBytes(inbox.core, captured.id))).toBe(true);
    // Unchanged timestamp and signature: still valid within five minutes.
    expect(received.signatureCheck).toBe('valid');
  });

  it('keeps the captured path and query when sent to a bare origin, and uses a URL with a path as given', async () => {
    const inbox = await startCore(tempDir());
    const target = await startCore(tempDir());
    await fetch(`http://127.0.0.1:${inbox.port}/hooks/gitlab?project=7&x=a%20b`, { method: 'POST', body: '{"object_kind":"push"}' });
    const captured = await newestDetail(inbox.core);

    await inbox.core.handlers.replayDelivery({ id: captured.id, to: `http://127.0.0.1:${target.port}` });
    expect((await newestDetail(target.core)).url).toBe('/hooks/gitlab?project=7&x=a%20b');
    await inbox.core.handlers.replayDelivery({ id: captured.id, to: `http://127.0.0.1:${target.port}/` });
    expect((await newestDetail(target.core)).url).toBe('/');
    await inbox.core.handlers.replayDelivery({ id: captured.id, to: `http://127.0.0.1:${target.port}/elsewhere?y=1` });
    expect((await newestDetail(target.core)).url).toBe('/elsewhere?y=1');

    const sent = await newestDetail(inbox.core);
    await inbox.core.handlers.replayDelivery({ id: sent.id, to: `http://127.0.0.1:${target.port}` });
    expect((await newestDetail(target.core)).url).toBe('/elsewhere?y=1');
  });

  it('mints new ids on request and re-signs them when the signing token is given', async () => {
    const signingToken = generateSigningToken();
    const target = await startCore(tempDir(), {}, { secretToken: null, signingToken, rejectInvalid: false });
    const sender = await startCore(tempDir());
    const to = `http://127.0.0.1:${target.port}/hook`;
    const sent = await sender.core.handlers.sendSample({ to, event: 'Push Hook', payload: '{"object_kind":"push"}', signingToken });
    const first = await newestDetail(target.core);

    await sender.core.handlers.replayDelivery({ id: sent.id, keepIdempotencyKey: false });
    const unsigned = await newestDetail(target.core);
    expect(headerValue(unsigned.requestHeaders, 'webhook-id')).not.toBe(headerValue(first.requestHeaders, 'webhook-id'));
    expect(headerValue(unsigned.requestHeaders, 'webhook-id')).toBe(headerValue(unsigned.requestHeaders, 'Idempotency-Key'));
    expect(unsigned.signatureCheck).toBe('invalid');

    await sender.core.handlers.replayDelivery({ id: sent.id, keepIdempotencyKey: false, signingToken });
    expect((await newestDetail(target.core)).signatureCheck).toBe('valid');
  });

  it('records the answer of a failing target as a red replay', async () => {
    const target = await startCore(tempDir());
    await target.core.handlers.updateSettings({ receiver: { defaultResponse: { status: 500, headers: [], body: 'boom', delayMs: 0 } } });
    const sender = await startCore(tempDir());
    const sent = await sender.core.handlers.sendSample({ to: `http://127.0.0.1:${target.port}/`, event: 'Push Hook', payload: '{}' });
    const replayed = await sender.core.handlers.replayDelivery({ id: sent.id });
    expect(replayed).toMatchObject({ origin: 'replay', parentId: sent.id, status: 500 });
    expect((await bodyBytes(sender.core, replayed.id, 'response')).toString()).toBe('boom');
  });

  it('refuses in words to resend a trigger call, and says how to send it again', async () => {
    const sender = await startCore(tempDir());
    const { delivery: row } = await sender.core.handlers.sendTrigger({
      preset: { name: 'Nowhere', kind: 'jenkins-remote-build', baseUrl: 'http://127.0.0.1:9', jobPath: 'deploy', parameters: [], user: '', schedule: null },
      secrets: { token: 'build-token-0123' },
    });
    await expect(sender.core.handlers.replayDelivery({ id: row.id })).rejects.toThrow(
      /is a trigger call: .*Send its preset again from Triggers/,
    );
  });
});
