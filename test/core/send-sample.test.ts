import { describe, expect, it } from 'vitest';
import { headerValue } from '@shared/headers';
import { bodyBytes, useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

describe('sending a sample as GitLab does', () => {
  it('generates a payload, delivers it with GitLab headers and lists the exchange on both sides', async () => {
    const sender = await startCore(tempDir());
    const receiver = await startCore(tempDir());
    const sample = await sender.core.handlers.generateSample({ event: 'Push Hook', variant: 'new-branch' });
    expect(sample.header).toBe('Push Hook');
    expect(JSON.parse(sample.payload)).toMatchObject({ object_kind: 'push', before: '0'.repeat(40) });

    const row = await sender.core.handlers.sendSample({
      to: `http://jenkins:s3cret@127.0.0.1:${receiver.port}/project/build`,
      event: sample.header,
      payload: sample.payload,
      secretToken: 'token-1',
    });
    expect(row).toMatchObject({ origin: 'sample', status: 200, errorKind: null, event: 'Push Hook', method: 'POST' });
    expect(row.url).toBe(`http://127.0.0.1:${receiver.port}/project/build`);

    const { rows } = await receiver.core.handlers.listDeliveries({ offset: 0, limit: 1 });
    // The wire's headers as stored, which the view shows with the token and credentials masked.
    const captured = await receiver.core.handlers.getDelivery(rows[0].id, true);
    expect(captured?.url).toBe('/project/build');
    const headers = captured?.requestHeaders ?? [];
    expect(headers.map(([name]) => name).slice(0, 4)).toEqual(['Content-Type', 'User-Agent', 'Idempotency-Key', 'X-Gitlab-Event']);
    expect(headerValue(headers, 'User-Agent')).toBe('GitLab/19.1.0');
    expect(headerValue(headers, 'X-Gitlab-Token')).toBe('token-1');
    expect(headerValue(headers, 'webhook-id')).toBe(headerValue(headers, 'Idempotency-Key'));
    expect(headerValue(headers, 'Authorization')).toBe(`Basic ${Buffer.from('jenkins:s3cret').toString('base64')}`);
    const shown = (await receiver.core.handlers.getDelivery(rows[0].id))?.requestHeaders ?? [];
    expect([headerValue(shown, 'X-Gitlab-Token'), headerValue(shown, 'Authorization')]).toEqual(['••••••', 'Basic ••••••']);
    // GitLab's bytes: the pretty text compacted, nothing re-serialised.
    const body = (await bodyBytes(receiver.core, rows[0].id)).toString();
    expect(body).toBe(sample.payload.replace(/\n\s*/g, '').replace(/": /g, '":'));
    expect(body).not.toMatch(/\n/);
    expect(JSON.parse(body)).toEqual(JSON.parse(sample.payload));
  });

  it('sends the edited text as GitLab would (big numbers as typed, <>& escaped), or as typed when asked', async () => {
    const sender = await startCore(tempDir());
    const receiver = await startCore(tempDir());
    const to = `http://127.0.0.1:${receiver.port}/hook`;
    const payload = '{\n  "object_kind": "push",\n  "project_id": 12345678901234567890,\n  "message": "Fix <b> & \\u003ci\\u003e"\n}\n';
    await sender.core.handlers.sendSample({ to, event: 'Push Hook', payload, serialization: 'gitlab' });
    await sender.core.handlers.sendSample({ to, event: 'Push Hook', payload, serialization: 'as-typed' });
    const { rows } = await receiver.core.handlers.listDeliveries({ offset: 0, limit: 2 });
    expect((await bodyBytes(receiver.core, rows[1].id)).toString()).toBe(
      '{"object_kind":"push","project_id":12345678901234567890,"message":"Fix \\u003cb\\u003e \\u0026 \\u003ci\\u003e"}',
    );
    expect((await bodyBytes(receiver.core, rows[0].id)).toString()).toBe(payload);

    await expect(sender.core.handlers.sendSample({ to, event: 'Push Hook', payload: '{\n  "a": 1,\n}' })).rejects.toThrow(
      /not valid JSON \(a key in double quotes expected at line 3, column 1\).*send the text as typed/,
    );
    expect((await receiver.core.handlers.getCounts()).total).toBe(2);
  });

  it('sends the ids the preview showed, and names the sample context\'s instance in X-Gitlab-Instance', async () => {
    const sender = await startCore(tempDir());
    const receiver = await startCore(tempDir());
    const ids = { idempotencyKey: 'idem-1', webhookUuid: 'hook-uuid-1', eventUuid: 'event-uuid-1', timestamp: 1_700_000_000 };
    const request = {
      to: `http://127.0.0.1:${receiver.port}/hook`, event: 'Push Hook', payload: '{}', ids, gitlabUrl: 'https://gitlab.acme.test/sub',
    };
    const { headers: preview } = await sender.core.handlers.previewSampleHeaders(request);
    expect((await sender.core.handlers.previewSampleHeaders(request)).headers).toEqual(preview);
    await sender.core.handlers.sendSample(request);
    const { rows } = await receiver.core.handlers.listDeliveries({ offset: 0, limit: 1 });
    const sent = (await receiver.core.handlers.getDelivery(rows[0].id))?.requestHeaders ?? [];
    for (const [name, value] of [
      ['Idempotency-Key', 'idem-1'], ['webhook-id', 'idem-1'], ['X-Gitlab-Webhook-UUID', 'hook-uuid-1'],
      ['X-Gitlab-Event-UUID', 'event-uuid-1'], ['webhook-timestamp', '1700000000'], ['X-Gitlab-Instance', 'https://gitlab.acme.test'],
    ]) {
      expect(headerValue(sent, name)).toBe(value);
      expect(headerValue(preview, name)).toBe(value);
    }
  });

  it('records a refused connection as an internal error with its cause', async () => {
    const { core } = await startCore(tempDir());
    const row = await core.handlers.sendSample({ to: 'http://127.0.0.1:9/hook', event: 'Push Hook', payload: '{}' });
    expect(row).toMatchObject({ origin: 'sample', status: null, errorKind: 'refused' });
    expect((await core.handlers.getDelivery(row.id))?.errorMessage).toMatch(/refused/i);
    expect(await core.handlers.getCounts()).toEqual({ total: 1, failures: 0, internalErrors: 1 });
  });

  it('sends payloadBase64 as its exact bytes, and refuses a request with both or neither payload', async () => {
    const sender = await startCore(tempDir());
    const receiver = await startCore(tempDir());
    const bytes = Buffer.from([0x7b, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d, 0xff, 0x00]);
    const to = `http://127.0.0.1:${receiver.port}/bytes`;
    await sender.core.handlers.sendSample({ to, event: 'Push Hook', payloadBase64: bytes.toString('base64') });
    const [row] = (await receiver.core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows;
    expect((await bodyBytes(receiver.core, row.id)).equals(bytes)).toBe(true);
    await expect(sender.core.handlers.sendSample({ to, event: 'Push Hook', payload: '{}', payloadBase64: 'e30=' })).rejects.toThrow(/as text \(payload\) or as bytes/);
    await expect(sender.core.handlers.sendSample({ to, event: 'Push Hook' })).rejects.toThrow(/as text \(payload\) or as bytes/);
    await expect(sender.core.handlers.sendSample({ to, event: 'Push Hook', payloadBase64: 'not base64!' })).rejects.toThrow(/base64/);
  });

  it('refuses a request it cannot send, in words', async () => {
    const { core } = await startCore(tempDir());
    await expect(core.handlers.sendSample({ to: 'ftp://x', event: 'Push Hook', payload: '{}' })).rejects.toThrow(/http/);
    expect(() => core.handlers.generateSample({ event: 'No Such Hook' })).toThrow(/"No Such Hook" is not a GitLab event/);
  });

  it('previews the headers a send carries, in the same order, with an edited one in place and secrets masked', async () => {
    const sender = await startCore(tempDir());
    const receiver = await startCore(tempDir());
    const request = {
      to: `http://jenkins:s3cret-password@127.0.0.1:${receiver.port}/hook`,
      event: 'Push Hook',
      payload: '{"object_kind":"push"}',
      secretToken: 'a-long-secret-token-1234',
      headers: [['User-Agent', 'GitLab/16.11.0'], ['X-Team', 'hooks']] as Array<[string, string]>,
    };
    const { headers: preview, warnings } = await sender.core.handlers.previewSampleHeaders(request);
    expect(warnings).toEqual([]);
    expect(headerValue(preview, 'X-Gitlab-Token')).toBe('••••••1234');
    expect(headerValue(preview, 'Authorization')).toMatch(/^Basic ••••••/);
    expect(preview.some(([, value]) => value.includes('a-long-secret'))).toBe(false);
    expect(headerValue(preview, 'User-Agent')).toBe('GitLab/16.11.0');

    await sender.core.handlers.sendSample(request);
    const { rows } = await receiver.core.handlers.listDeliveries({ offset: 0, limit: 1 });
    const sent = (await receiver.core.handlers.getDelivery(rows[0].id, true))?.requestHeaders ?? [];
    const transport = new Set(['host', 'content-length', 'connection']);
    expect(sent.map(([name]) => name).filter((name) => !transport.has(name.toLowerCase()))).toEqual(preview.map(([name]) => name));
    expect(headerValue(sent, 'User-Agent')).toBe('GitLab/16.11.0');
    expect(headerValue(sent, 'X-Gitlab-Token')).toBe('a-long-secret-token-1234');
  });
});
