/**
 * Walks the contract and fails if any method cannot be reached through every face: the core's
 * handlers, the IPC dispatcher, the web face's HTTP route, and the renderer's client.
 */
import { describe, expect, it } from 'vitest';
import { RAW_BYTES_METHOD, contractMethodNames, type ContractHandlers } from '@shared/contract';
import { createIpcDispatcher } from '../../src/main/faces/electron/ipc';
import { APP_ORIGIN } from '../../src/main/faces/security';
import { createClient } from '../../src/renderer/src/api/client';
import { contractExamples } from '../support/contract-examples';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';
import { useWebFaces } from '../support/web-face-harness';

/** What reached a handler; the bytes method answers bytes (its arguments as JSON text), as it must to cross its route. */
const echo = (method: string, args: unknown[]) =>
  method === RAW_BYTES_METHOD ? { size: 100, offset: 10, bytes: new TextEncoder().encode(JSON.stringify({ method, args })) } : { method, args };

/** Handlers that answer with what reached them, so each face can be checked end to end. */
const echoHandlers = Object.fromEntries(
  contractMethodNames.map((method) => [method, (...args: unknown[]) => echo(method, args)]),
) as unknown as ContractHandlers;

describe('every contract method', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();
  const startWeb = useWebFaces();

  it('has a core handler', async () => {
    const { core } = await startCore(tempDir());
    for (const method of contractMethodNames) expect(typeof core.handlers[method], method).toBe('function');
  });

  it.each(contractMethodNames)('%s has its IPC handler, which hands the core its parsed arguments', async (method) => {
    const dispatch = createIpcDispatcher(echoHandlers, APP_ORIGIN);
    const args = contractExamples[method];
    expect(await dispatch(`${APP_ORIGIN}/index.html`, method, args)).toEqual({ ok: true, result: echo(method, args) });
  });

  it('has its web route', async () => {
    const web = await startWeb({ core: { handlers: echoHandlers, subscribe: () => () => {} }, port: 0, rendererDir: tempDir() });
    for (const method of contractMethodNames.filter((name) => name !== RAW_BYTES_METHOD)) {
      const args = contractExamples[method];
      const response = await fetch(`http://127.0.0.1:${web.port}/api/call/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args }),
      });
      expect(response.status, method).toBe(200);
      expect(await response.json(), method).toEqual({ result: { method, args } });
    }
    // Bytes take their own route, GET /api/body/:id/:part with a Range, never JSON.
    const [id, part, revealSecrets, offset, limit] = contractExamples[RAW_BYTES_METHOD];
    const bytes = await fetch(`http://127.0.0.1:${web.port}/api/body/${id}/${part}?revealSecrets=${revealSecrets}`, {
      headers: { Authorization: `Bearer ${web.token}`, Range: `bytes=${offset}-${offset! + limit! - 1}` },
    });
    expect(bytes.status).toBe(206);
    expect(await bytes.json()).toEqual({ method: RAW_BYTES_METHOD, args: contractExamples[RAW_BYTES_METHOD] });
  });

  it.each(contractMethodNames)('%s has its client binding', async (method) => {
    const dispatch = createIpcDispatcher(echoHandlers, APP_ORIGIN);
    const client = createClient({ call: (name, ...args) => dispatch(APP_ORIGIN, name, args), on: () => () => {} });
    const args: unknown[] = contractExamples[method];
    const call = client[method] as (...callArgs: unknown[]) => Promise<unknown>;
    expect(await call(...args)).toEqual(echo(method, args));
  });
});
