/**
 * Walks the contract and fails if any method cannot be reached through every face: the core's
 * handlers, the IPC dispatcher, the web face's HTTP route, and the renderer's client.
 */
import { describe, expect, it } from 'vitest';
import { RAW_BYTES_METHOD, contractMethodNames, type ContractHandlers, type HookbenchBridge } from '@shared/contract';
import { createIpcDispatcher } from '../../src/main/faces/electron/ipc';
import { APP_ORIGIN } from '../../src/main/faces/security';
import { createClient } from '../../src/renderer/src/api/client';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { useWebFaces } from '../support/web-face-harness';

/** Handlers that answer with what reached them, so each face can be checked end to end. */
const echoHandlers = Object.fromEntries(
  contractMethodNames.map((method) => [method, (...args: unknown[]) => ({ method, args })]),
) as unknown as ContractHandlers;

const SAMPLE_ARGS = [{ probe: 1 }, 'two'];

describe('every contract method', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();
  const startWeb = useWebFaces();

  it('has a core handler', async () => {
    const { core } = await startCore(tempDir());
    for (const method of contractMethodNames) expect(typeof core.handlers[method], method).toBe('function');
  });

  it.each(contractMethodNames)('%s has its IPC handler', async (method) => {
    const dispatch = createIpcDispatcher(echoHandlers, APP_ORIGIN);
    expect(await dispatch(`${APP_ORIGIN}/index.html`, method, SAMPLE_ARGS)).toEqual({ ok: true, result: { method, args: SAMPLE_ARGS } });
  });

  it('has its web route', async () => {
    const web = await startWeb({ core: { handlers: echoHandlers, subscribe: () => () => {} }, port: 0, rendererDir: tempDir() });
    // getBodyBytes answers raw bytes on its own route (web-body-route.test.ts); JSON would mangle them.
    for (const method of contractMethodNames.filter((name) => name !== RAW_BYTES_METHOD)) {
      const response = await fetch(`http://127.0.0.1:${web.port}/api/call/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args: SAMPLE_ARGS }),
      });
      expect(response.status, method).toBe(200);
      expect(await response.json(), method).toEqual({ result: { method, args: SAMPLE_ARGS } });
    }
  });

  it.each(contractMethodNames)('%s has its client binding', async (method) => {
    const calls: unknown[][] = [];
    const bridge: HookbenchBridge = {
      call: async (...call: unknown[]) => (calls.push(call), 'answer') as never,
      on: () => () => {},
    };
    const client = createClient(bridge) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    expect(typeof client[method], method).toBe('function');
    expect(await client[method]!(...SAMPLE_ARGS)).toBe('answer');
    expect(calls).toEqual([[method, ...SAMPLE_ARGS]]);
  });
});

describe('the IPC dispatcher', () => {
  const dispatch = createIpcDispatcher(
    { ...echoHandlers, getCounts: () => { throw new Error('the store is closed'); } },
    APP_ORIGIN,
  );

  it('refuses frames that do not show our renderer', async () => {
    const outcome = await dispatch('https://example.com/', 'getCounts', []);
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('Refused a call from https://example.com/') });
    expect(await dispatch(undefined, 'getCounts', [])).toMatchObject({ ok: false });
  });

  it('refuses names outside the contract, including inherited ones', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'deleteEverything', 42]) {
      expect(await dispatch(`${APP_ORIGIN}/`, name, []), String(name)).toMatchObject({ ok: false, error: expect.stringContaining('Unknown method') });
    }
  });

  it('refuses arguments that are not an array', async () => {
    expect(await dispatch(`${APP_ORIGIN}/`, 'getDelivery', { 0: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('array') });
  });

  it("passes the core's error message through unwrapped", async () => {
    expect(await dispatch(`${APP_ORIGIN}/`, 'getCounts', [])).toEqual({ ok: false, error: 'the store is closed' });
  });
});
