/**
 * One failure envelope through both faces: a kind, a stable code and words, for every kind, over the IPC
 * dispatcher and the web face alike; the renderer's client rethrows it as a ContractError.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contractMethodNames, type ContractHandlers, type ContractMethod } from '@shared/contract';
import { ContractError, type CallOutcome } from '@shared/errors';
import { UserError } from '@shared/user-error';
import { createIpcDispatcher } from '../../src/main/faces/electron/ipc';
import { APP_ORIGIN } from '../../src/main/faces/security';
import { createClient } from '../../src/renderer/src/api/client';
import { badArgumentsFor, contractExamples } from '../support/contract-examples';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { useWebFaces } from '../support/web-face-harness';

const sample = { name: 'Push', event: 'Push Hook', variant: null, headers: [], payload: { object_kind: 'push' } };

describe('the failure envelope', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();
  const startWeb = useWebFaces();
  afterEach(() => vi.restoreAllMocks());

  /** A real core, but getCounts fails the way a bug would and replayDelivery refuses in words. */
  async function handlers(): Promise<ContractHandlers> {
    const { core } = await startCore(tempDir());
    return {
      ...core.handlers,
      getCounts: () => {
        throw new Error('the store is closed');
      },
    };
  }

  /** Each kind, from what a user (or a broken face) would really do. */
  const cases: Array<{ kind: string; code: string; status: number; method: ContractMethod; args: unknown[]; words: RegExp }> = [
    { kind: 'refused', code: 'refused/request', status: 200, method: 'generateSample', args: [{ event: 'No Such Hook' }], words: /No Such Hook/ },
    { kind: 'not-found', code: 'not-found/file', status: 200, method: 'readSavedSample', args: ['missing.json'], words: /There is no sample file missing\.json/ },
    { kind: 'conflict', code: 'conflict/file-exists', status: 200, method: 'saveSample', args: [sample], words: /already exists/ },
    { kind: 'bad-call', code: 'bad-call/arguments', status: 400, method: 'getDelivery', args: ['seven'], words: /Bad call to getDelivery: arguments\[0\] must be a whole number, not string/ },
    { kind: 'bad-call', code: 'bad-call/unknown-method', status: 404, method: 'dropTables' as ContractMethod, args: [], words: /Unknown method "dropTables"/ },
    { kind: 'internal', code: 'internal/unexpected', status: 500, method: 'getCounts', args: [], words: /^the store is closed$/ },
  ];

  it.each(cases)('$code over IPC', async ({ kind, code, method, args, words }) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const core = await handlers();
    await core.saveSample(sample);
    const outcome = await createIpcDispatcher(core, APP_ORIGIN)(`${APP_ORIGIN}/`, method, args);
    expect(outcome).toMatchObject({ ok: false, failure: { kind, code, message: expect.stringMatching(words) } });
    // Only a failure nobody worded is logged with its stack, for whoever runs the core.
    expect(errors).toHaveBeenCalledTimes(kind === 'internal' ? 1 : 0);
  });

  it.each(cases)('$code over the web face, with HTTP status $status', async ({ kind, code, status, method, args, words }) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const core = await handlers();
    await core.saveSample(sample);
    const web = await startWeb({ core: { handlers: core, subscribe: () => () => {} }, port: 0, rendererDir: tempDir() });
    const response = await fetch(`http://127.0.0.1:${web.port}/api/call/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
    });
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ failure: { kind, code, message: expect.stringMatching(words) } });
  });

  it('the renderer client rethrows it as a ContractError the UI can branch on, not a message to match', async () => {
    const core = await handlers();
    const dispatch = createIpcDispatcher(core, APP_ORIGIN);
    const client = createClient({ call: (method, ...args) => dispatch(`${APP_ORIGIN}/`, method, args), on: () => () => {} });
    expect(await client.saveSample(sample)).toBe('push.json');
    const again = await client.saveSample(sample).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ContractError);
    expect(again).toMatchObject({ kind: 'conflict', code: 'conflict/file-exists' });
    expect(await client.saveSample(sample, true)).toBe('push.json');
  });

  it('a frame that is not the Hookbench window is refused, and so are names the contract does not list', async () => {
    const dispatch = createIpcDispatcher(await handlers(), APP_ORIGIN);
    expect(await dispatch('https://example.com/', 'getSettings', [])).toMatchObject({
      ok: false,
      failure: { kind: 'refused', code: 'refused/untrusted-frame', message: expect.stringContaining('Refused a call from https://example.com/') },
    });
    for (const name of ['constructor', '__proto__', 'toString', 42]) {
      expect(await dispatch(`${APP_ORIGIN}/`, name, []), String(name)).toMatchObject({ ok: false, failure: { code: 'bad-call/unknown-method' } });
    }
    expect(await dispatch(`${APP_ORIGIN}/`, 'getDelivery', { 0: 1 })).toMatchObject({ ok: false, failure: { code: 'bad-call/arguments' } });
  });

  it('the web face words its own refusals in the same envelope: no token, a broken body, no such route', async () => {
    const web = await startWeb({ core: { handlers: await handlers(), subscribe: () => () => {} }, port: 0, rendererDir: tempDir() });
    const base = `http://127.0.0.1:${web.port}`;
    const noToken = await fetch(`${base}/api/call/getSettings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' });
    expect(noToken.status).toBe(403);
    expect((await noToken.json()).failure).toMatchObject({ kind: 'refused', code: 'refused/ui-access', message: expect.stringMatching(/valid token is required/) });
    const auth = { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' };
    const broken = await fetch(`${base}/api/call/getSettings`, { method: 'POST', headers: auth, body: '{"args": [' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).failure).toMatchObject({ kind: 'bad-call', code: 'bad-call/body', message: expect.stringMatching(/not valid JSON/) });
    const route = await fetch(`${base}/api/nothing`, { headers: auth });
    expect(route.status).toBe(404);
    expect((await route.json()).failure).toMatchObject({ kind: 'bad-call', code: 'bad-call/no-route' });
  });
});

describe('arguments parsed at the boundary, for every method', () => {
  const tempDir = useTempDirs();
  const startWeb = useWebFaces();
  const reached: ContractMethod[] = [];
  const recording = Object.fromEntries(
    contractMethodNames.map((method) => [method, () => void reached.push(method)]),
  ) as unknown as ContractHandlers;
  const dispatch = createIpcDispatcher(recording, APP_ORIGIN);

  function expectBadCall(outcome: CallOutcome, method: ContractMethod, words: RegExp) {
    expect(outcome, method).toMatchObject({ ok: false, failure: { kind: 'bad-call', code: 'bad-call/arguments' } });
    if (!outcome.ok) expect(outcome.failure.message, method).toMatch(new RegExp(`^Bad call to ${method}: ${words.source}`));
  }

  it.each(contractMethodNames)('%s: an argument of the wrong type never reaches the core', async (method) => {
    reached.length = 0;
    expectBadCall(await dispatch(`${APP_ORIGIN}/`, method, badArgumentsFor(method)), method, /(arguments\[0\] must be|It takes no arguments)/);
    expect(reached).toEqual([]);
  });

  it.each(contractMethodNames)('%s: one argument too many is refused', async (method) => {
    reached.length = 0;
    const tooMany = [...contractExamples[method], 'extra'];
    expectBadCall(await dispatch(`${APP_ORIGIN}/`, method, tooMany), method, /It takes (no arguments|at most \d+), not \d+\./);
    expect(reached).toEqual([]);
  });

  it('a nested field is named where it goes wrong, over the web face too', async () => {
    const web = await startWeb({ core: { handlers: recording, subscribe: () => () => {} }, port: 0, rendererDir: tempDir() });
    const response = await fetch(`http://127.0.0.1:${web.port}/api/call/sendSample`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: [{ to: 'http://127.0.0.1:9/', event: 'Push Hook', payload: '{}', headers: [['X-A', 1]] }] }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).failure.message).toBe('Bad call to sendSample: arguments[0].headers[0][1] must be text, not number.');
  });

  it('a thrown UserError keeps the code it was given', () => {
    expect(new UserError('gone', 'not-found/delivery')).toMatchObject({ kind: 'not-found', code: 'not-found/delivery' });
    expect(new UserError('no')).toMatchObject({ kind: 'refused', code: 'refused/request' });
  });
});
