import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { dispatchContractCall } from '../../src/main/faces/contract-dispatch';

const tempDir = useTempDirs();
const startCore = useCores();

describe('list queries', () => {
  it('pages newest first, filters by status class, event and body text', async () => {
    const { core, port } = await startCore(tempDir());
    const send = (event: string, body: string) =>
      fetch(`http://127.0.0.1:${port}/${event.replaceAll(' ', '-')}`, {
        method: 'POST', headers: { 'X-Gitlab-Event': event }, body,
      });
    await send('Push Hook', '{"ref":"refs/heads/main"}');
    await send('Issue Hook', '{"title":"Crash on ünïcode"}');
    await core.handlers.updateSettings({
      receiver: { defaultResponse: { status: 404, headers: [], body: '', delayMs: 0 } },
    });
    await send('Note Hook', '{"note":"LGTM"}');

    const all = await core.handlers.listDeliveries({ offset: 0, limit: 2 });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.event)).toEqual(['Note Hook', 'Issue Hook']);
    const rest = await core.handlers.listDeliveries({ offset: 2, limit: 2 });
    expect(rest.rows.map((r) => r.event)).toEqual(['Push Hook']);

    const red = await core.handlers.listDeliveries({ offset: 0, limit: 10, statusClasses: ['failure'] });
    expect(red.rows.map((r) => [r.event, r.status])).toEqual([['Note Hook', 404]]);
    const byEvent = await core.handlers.listDeliveries({ offset: 0, limit: 10, event: 'Push Hook' });
    expect(byEvent.total).toBe(1);
    const byBody = await core.handlers.listDeliveries({ offset: 0, limit: 10, search: 'ünïcode' });
    expect(byBody.rows.map((r) => r.event)).toEqual(['Issue Hook']);
    const byPath = await core.handlers.listDeliveries({ offset: 0, limit: 10, search: 'note-hook' });
    expect(byPath.rows.map((r) => r.event)).toEqual(['Note Hook']);
  });

  it('refuses malformed queries and arguments with a message, not a crash', async () => {
    const { core } = await startCore(tempDir());
    // Untyped arguments enter through the faces' dispatcher, which parses them before the core sees them.
    const call = (method: string, ...args: unknown[]) => dispatchContractCall(core.handlers, method, args);
    expect(await call('listDeliveries', { offset: -1, limit: 10 })).toMatchObject({ ok: false, failure: { kind: 'refused', message: 'offset must be a whole number ≥ 0.' } });
    expect(await call('listDeliveries', { offset: 0, limit: 10, statusClasses: ['1=1) OR (1'] })).toMatchObject({
      ok: false,
      failure: { kind: 'bad-call', message: expect.stringContaining('arguments[0].statusClasses[0] must be one of pending, success, failure, internal-error') },
    });
    expect(await call('getDelivery', '1; DROP TABLE deliveries')).toMatchObject({ ok: false, failure: { kind: 'bad-call', message: expect.stringContaining('must be a whole number') } });
    await expect(core.handlers.getDelivery(0)).rejects.toThrow('0 is not a delivery id.');
    expect(await call('getBodyBytes', 1, 'headers')).toMatchObject({ ok: false, failure: { kind: 'bad-call', message: expect.stringContaining('one of request, response') } });
    const bad = core.handlers as unknown as Record<string, (...args: unknown[]) => unknown>;
    await expect(core.handlers.updateSettings({ receiver: { port: 70_000 } })).rejects.toThrow(
      'receiver.port must be a whole number from 0 to 65535.',
    );
    await expect(bad.updateSettings({ receiver: { colour: 'red' } })).rejects.toThrow('There is no setting "receiver.colour".');
  });
});

describe('settings validation', () => {
  it('refuses header values Node cannot send, so a saved setting can never crash the receiver', async () => {
    const { core, port } = await startCore(tempDir());
    await expect(
      core.handlers.updateSettings({
        receiver: { defaultResponse: { status: 200, headers: [['X-Name', 'Ā']], body: '', delayMs: 0 } },
      }),
    ).rejects.toThrow('values of one line of Latin-1 text');
    expect((await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' })).status).toBe(200);
  });

  it('refuses keys that only exist on the object prototype', async () => {
    const { core } = await startCore(tempDir());
    const loose = core.handlers as unknown as Record<string, (patch: unknown) => Promise<unknown>>;
    await expect(loose.updateSettings({ storage: { constructor: 'x' } })).rejects.toThrow('There is no setting "storage.constructor".');
    await expect(loose.updateSettings({ toString: {} })).rejects.toThrow('There is no settings section "toString".');
  });
});
