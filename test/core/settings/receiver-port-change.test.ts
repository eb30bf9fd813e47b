/** Moving the receiver from Settings: a port in use is refused in words and nothing moves; a free one moves it. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContractEvents } from '@shared/contract';
import { useCores } from '../../support/core-harness';
import { freePort } from '../../e2e/support/hookbench-serve';
import { useTempDirs } from '../../support/temp-dir';

const savedPort = (dataDir: string) => (JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { receiver: { port: number } }).receiver.port;

describe('changing the receiver port in Settings', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();
  const blockers: Server[] = [];
  afterEach(async () => {
    for (const blocker of blockers.splice(0)) await new Promise((resolve) => blocker.close(resolve));
  });

  async function occupiedPort(): Promise<number> {
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    return (blocker.address() as { port: number }).port;
  }

  it('refuses a port in use in words, keeps listening where it was and keeps the working port in settings.json', async () => {
    const dataDir = tempDir();
    const working = await freePort();
    const { core } = await startCore(dataDir);
    await core.handlers.updateSettings({ receiver: { port: working } });
    expect(savedPort(dataDir)).toBe(working);
    const states: ContractEvents['receiverState'][] = [];
    core.subscribe((name, payload) => name === 'receiverState' && states.push(payload as ContractEvents['receiverState']));

    const taken = await occupiedPort();
    await expect(core.handlers.updateSettings({ receiver: { port: taken } })).rejects.toThrow(
      `Port ${taken} is in use by another program. Pick another port in Settings, or run with --port ${taken + 1}. Nothing changed: the receiver keeps listening on http://127.0.0.1:${working}/.`,
    );
    expect((await fetch(`http://127.0.0.1:${working}/still-here`, { method: 'POST', body: 'x' })).status).toBe(200);
    expect(core.handlers.getReceiverState()).toMatchObject({ status: 'listening', port: working });
    expect((await core.handlers.getSettings()).receiver.port).toBe(working);
    expect(savedPort(dataDir)).toBe(working);
    expect(states).toEqual([]);
  });

  it('moves to a free port: the new one answers, the old one is let go, and the new state is announced', async () => {
    const dataDir = tempDir();
    const [first, second] = [await freePort(), await freePort()];
    const { core } = await startCore(dataDir, { port: first });
    const states: ContractEvents['receiverState'][] = [];
    core.subscribe((name, payload) => name === 'receiverState' && states.push(payload as ContractEvents['receiverState']));

    await core.handlers.updateSettings({ receiver: { port: second } });
    expect((await fetch(`http://127.0.0.1:${second}/moved`, { method: 'POST', body: 'x' })).status).toBe(200);
    await expect(fetch(`http://127.0.0.1:${first}/gone`, { method: 'POST', body: 'x' })).rejects.toThrow();
    expect(states.map((state) => state.url)).toEqual([`http://127.0.0.1:${second}/`]);
    expect(savedPort(dataDir)).toBe(second);
  });
});
