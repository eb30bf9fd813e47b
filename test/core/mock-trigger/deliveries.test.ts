/** Trigger calls answered by the mock are deliveries like any other, stored with what the mock answered. */
import { describe, expect, it } from 'vitest';
import type { DeliveriesChanged } from '@shared/contract';
import { bodyBytes, useCores } from '../../support/core-harness';
import { MOCK_TOKEN, jsonBody, useMockTrigger } from '../../support/mock-trigger-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startMock = useMockTrigger(tempDir);
const startCore = useCores();
const TRIGGER = '/api/v4/projects/42/trigger/pipeline';

describe('GitLab trigger mock deliveries', () => {
  it('stores each call with the mock\'s status, headers and body: green 201, red 404', async () => {
    const mock = await startMock();
    const good = await fetch(mock.url(TRIGGER), { method: 'POST', ...jsonBody({ token: MOCK_TOKEN, ref: 'main' }) });
    const goodText = await good.text();
    await mock.trigger(TRIGGER, jsonBody({ token: 'glptt-guess', ref: 'main' }));

    const page = await mock.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(page.rows.map((row) => [row.method, row.url, row.status])).toEqual([
      ['POST', TRIGGER, 404],
      ['POST', TRIGGER, 201],
    ]);
    const created = await mock.core.handlers.getDelivery(page.rows[1].id);
    expect(created?.responseHeaders).toEqual([['Content-Type', 'application/json'], ['Content-Length', String(Buffer.byteLength(goodText))]]);
    expect((await bodyBytes(mock.core, page.rows[1].id, 'response')).toString()).toBe(goodText);
    expect((await bodyBytes(mock.core, page.rows[0].id, 'response')).toString()).toBe('{"message":"404 Not Found"}');
    // Stored as sent; the mock's token is a secret, so it is shown masked unless revealed.
    const sent = JSON.stringify({ token: MOCK_TOKEN, ref: 'main' });
    expect((await bodyBytes(mock.core, page.rows[1].id, 'request', true)).toString()).toBe(sent);
    expect((await bodyBytes(mock.core, page.rows[1].id)).toString()).toBe(JSON.stringify({ token: '••••••cdef', ref: 'main' }));
  });

  it('stores a one-letter token\'s call byte for byte, masks it only where a token sits, and replays it to a 201', async () => {
    const mock = await startMock('T');
    const sent = JSON.stringify({ token: 'T', ref: 'main', note: 'Tuesday' });
    const reply = await fetch(mock.url(`${TRIGGER}?ref=main&token=T`), { method: 'POST', ...jsonBody(JSON.parse(sent)) });
    const answer = await reply.text();
    expect(reply.status).toBe(201);

    const [row] = (await mock.core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows;
    const stored = await mock.core.handlers.getDelivery(row.id, true);
    expect(stored?.url).toBe(`${TRIGGER}?ref=main&token=T`);
    expect((await bodyBytes(mock.core, row.id, 'request', true)).toString()).toBe(sent);
    expect((await bodyBytes(mock.core, row.id, 'response')).toString()).toBe(answer);
    // The answer's timestamps ("2026-…T14:…") and every other "T" are left alone.
    const shown = await mock.core.handlers.getDelivery(row.id);
    expect(shown?.url).toBe(`${TRIGGER}?ref=main&token=••••••`);
    expect(row.url).toBe(shown?.url);
    expect(shown?.responseHeaders).toEqual(stored?.responseHeaders);
    expect(JSON.parse((await bodyBytes(mock.core, row.id)).toString())).toEqual({ token: '••••••', ref: 'main', note: 'Tuesday' });
    const exported = JSON.parse(await mock.core.handlers.exportDeliveries('ndjson'));
    expect(exported.url).toBe(shown?.url);
    expect(exported.responseBody.text).toBe(answer);

    const replayed = await mock.core.handlers.replayDelivery({ id: row.id, to: mock.url('') });
    expect(replayed.status).toBe(201);
  });

  it('masks the token in the URL it shows, and answers trigger calls even when the receiver rejects invalid webhooks', async () => {
    const { core, port } = await startCore(tempDir(), {}, { secretToken: 'webhook-secret', signingToken: null, rejectInvalid: true }, {
      mockTriggerToken: () => MOCK_TOKEN,
    });
    const announced: string[] = [];
    core.subscribe((name, payload) => {
      if (name === 'deliveriesChanged') announced.push(...(payload as DeliveriesChanged).rows.map((row) => row.url));
    });
    const reply = await fetch(`http://127.0.0.1:${port}${TRIGGER}?token=${MOCK_TOKEN}&ref=main`, { method: 'POST' });
    expect(reply.status).toBe(201);
    const hook = await fetch(`http://127.0.0.1:${port}/hooks`, { method: 'POST', body: '{}' });
    expect(hook.status).toBe(401);
    const [, call] = (await core.handlers.listDeliveries({ offset: 0, limit: 2 })).rows;
    expect([call.url, call.tokenCheck]).toEqual([`${TRIGGER}?token=••••••cdef&ref=main`, 'not-configured']);
    // The live announcement shows the row as the list does.
    await expect.poll(() => announced).toContain(call.url);
    expect(announced.join('\n')).not.toContain(MOCK_TOKEN);
  });

  it('leaves other paths to the default response while on, and the trigger paths too when no token is set', async () => {
    const on = await startMock();
    for (const path of ['/hooks/gitlab', '/api/v4/projects/42/pipeline', '/api/v4/projects/42/trigger/pipeline/extra']) {
      const reply = await fetch(on.url(path), { method: 'POST', ...jsonBody({ token: MOCK_TOKEN, ref: 'main' }) });
      expect([reply.status, await reply.text()], path).toEqual([200, 'OK\n']);
    }
    const off = await startMock(null);
    const reply = await fetch(off.url(TRIGGER), { method: 'POST', ...jsonBody({ token: MOCK_TOKEN, ref: 'main' }) });
    expect([reply.status, await reply.text()]).toEqual([200, 'OK\n']);
    const [row] = (await off.core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows;
    expect([row.url, row.status]).toEqual([TRIGGER, 200]);
  });
});
