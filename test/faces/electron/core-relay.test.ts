/**
 * The desktop app's core process and its relay, without Electron: the built core entry (out/main/core.js) runs as a
 * plain Node child with a message channel, as utilityProcess.fork runs it; stand-ins play cores that hang, crash or fail.
 */
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContractEvents, CoreProcessChange } from '@shared/contract';
import { CoreRelay, type CoreRelayOptions } from '../../../src/main/faces/electron/core-relay';
import type { CoreSecretKeySpec } from '../../../src/main/faces/core-process/messages';
import { useTempDirs } from '../../support/temp-dir';
import { exited, forkSpawner } from './support/fork-core';

const BUILT_CORE = join(__dirname, '../../../out/main/core.js');
const STAND_IN = join(__dirname, 'support/stand-in-core.mjs');
const tempDir = useTempDirs();
const relays: CoreRelay[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.close()));
  children.splice(0).forEach((child) => child.kill('SIGKILL'));
});

function startRelay(entry: string, options: Partial<CoreRelayOptions> & { env?: NodeJS.ProcessEnv; secretKey?: CoreSecretKeySpec } = {}) {
  const dataDir = tempDir();
  // Port 0: the receiver takes any free port, clear of anything the developer runs.
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ receiver: { port: 0 } }));
  const changes: CoreProcessChange[] = [];
  const relay = new CoreRelay({
    spawn: forkSpawner(entry, options.env ?? process.env, children),
    startMessage: () => ({ type: 'start', dataDir, secretKey: options.secretKey ?? { source: 'environment' } }),
    ...options,
  });
  relay.subscribe((name, payload) => {
    if (name === 'coreProcessChanged') changes.push(payload as ContractEvents['coreProcessChanged']);
  });
  relays.push(relay);
  return { relay, dataDir, changes };
}

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the core process behind the relay', () => {
  it('answers contract calls, captures on its receiver and forwards its events', async () => {
    const { relay, dataDir } = startRelay(BUILT_CORE);
    await relay.start();
    const seen: string[] = [];
    relay.subscribe((name) => seen.push(name));
    expect(await relay.handlers.getStorageState()).toMatchObject({ dataDir, status: 'ok' });
    const receiver = await until(() => relay.handlers.getReceiverState(), (state) => state.status === 'listening', 'the receiver');
    const sent = await fetch(`${receiver.url}hooks/gitlab`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body: '{"object_kind":"push"}' });
    expect(sent.status).toBe(200);
    await until(() => seen, (names) => names.includes('deliveriesChanged'), 'the deliveriesChanged event');
    const page = await relay.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(page.rows.map((row) => row.event)).toEqual(['Push Hook']);
    // A body slice crosses the channel as bytes (structured clone), not as base64 text.
    const slice = await relay.handlers.getBodyBytes(page.rows[0]!.id, 'request', false, 2, 6);
    expect(slice).toMatchObject({ size: 22, offset: 2 });
    expect(slice!.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(slice!.bytes).toString()).toBe('object');
    // Failures cross as the contract's envelope and come back with their kind, code and the core's own words.
    await expect(relay.handlers.readSavedSample('../../etc/passwd')).rejects.toMatchObject({ name: 'ContractError', kind: 'refused' });
    await expect(relay.call('deleteEverything', [])).rejects.toMatchObject({
      name: 'ContractError',
      code: 'bad-call/unknown-method',
      message: 'Unknown method "deleteEverything": it is not part of the Hookbench contract.',
    });
  });

  it('is restarted after a crash (kill -9), says so, and keeps what was stored and the keychain-sealed secrets', async () => {
    const secretKey: CoreSecretKeySpec = { source: 'keychain', key: randomBytes(32).toString('base64') };
    const { relay, changes } = startRelay(BUILT_CORE, { secretKey });
    await relay.start();
    await relay.handlers.setSecret('receiver.secretToken', 'glpat-restart-survives-3f9a');
    const receiver = await until(() => relay.handlers.getReceiverState(), (state) => state.status === 'listening', 'the receiver');
    expect((await fetch(`${receiver.url}kept`, { method: 'POST', body: 'acknowledged before the crash' })).status).toBe(200);
    const before = await until(() => relay.handlers.getCounts(), (counts) => counts.total === 1, 'the stored delivery');

    const first = children.at(-1)!;
    first.kill('SIGKILL');
    await exited(first);
    await until(() => changes, (list) => list.length > 0, 'the restart event');
    expect(changes).toEqual([{ state: 'restarted', message: expect.stringMatching(/^Hookbench's core restarted: it had stopped unexpectedly \(killed by a signal\)/) }]);
    expect(children).toHaveLength(2);
    expect(await relay.handlers.getCounts()).toEqual(before);
    expect(await relay.handlers.getSecretsState()).toMatchObject({ storage: 'encrypted', masked: { 'receiver.secretToken': '••••••3f9a' } });
  });

  it("keeps secrets for the session when the keychain refused, and Settings' secrets state says why", async () => {
    const reason = "The system keychain refused to keep Hookbench's key (locked). Secrets you set now are kept for this session only.";
    const { relay, dataDir } = startRelay(BUILT_CORE, { secretKey: { source: 'none', reason } });
    await relay.start();
    expect(await relay.handlers.setSecret('receiver.secretToken', 'glpat-session-only-token-3f9a')).toMatchObject({ storage: 'session', message: reason });
    expect(await relay.handlers.getSecretsState()).toMatchObject({ storage: 'session', message: reason, masked: { 'receiver.secretToken': '••••••3f9a' } });
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
  });

  it('closes the core so it stores what is queued and exits on its own', async () => {
    const { relay } = startRelay(BUILT_CORE);
    await relay.start();
    const child = children.at(-1)!;
    await relay.close();
    await exited(child);
    expect(child.exitCode).toBe(0);
    await expect(relay.handlers.getCounts()).rejects.toThrow('Hookbench is closing.');
  });
});

describe('the relay when its core misbehaves', () => {
  it('answers calls in flight at a crash with an error saying so, and serves calls again once restarted', async () => {
    const { relay, changes } = startRelay(STAND_IN, { env: { ...process.env, STAND_IN: 'hold' } });
    expect(await relay.start()).toEqual([expect.stringMatching(/^stand-in for /)]);
    const inFlight = relay.handlers.listDeliveries({ offset: 0, limit: 50 });
    children.at(-1)!.kill('SIGKILL');
    await expect(inFlight).rejects.toThrow(
      "Hookbench's core stopped unexpectedly (killed by a signal) before answering listDeliveries; it is being restarted, so try again in a moment.",
    );
    // A call made while it restarts waits for the new process rather than failing.
    expect(await relay.handlers.getCounts()).toEqual({ total: 7, failures: 0, internalErrors: 0 });
    expect(changes.map((change) => change.state)).toEqual(['restarted']);
  });

  it('stops restarting a core that keeps crashing, says why, and refuses calls in words', async () => {
    const { relay, changes } = startRelay(STAND_IN, { env: { ...process.env, STAND_IN: 'crash' }, restartLimit: { count: 2, withinMs: 60_000 } });
    await relay.start();
    await until(() => changes, (list) => list.some((change) => change.state === 'stopped'), 'the stopped event');
    expect(children).toHaveLength(3);
    const stopped = changes.find((change) => change.state === 'stopped')!;
    expect(stopped.message).toMatch(/stopped 3 times within 60 s \(last: exit code 3\), so it is not restarted again\. Quit Hookbench and start it again/);
    await expect(relay.handlers.getCounts()).rejects.toThrow(stopped.message);
  });

  it('rejects start with the core\'s own reason when it cannot start, so the app can say it before any window', async () => {
    const { relay, dataDir } = startRelay(STAND_IN, { env: { ...process.env, STAND_IN: 'fail' } });
    await expect(relay.start()).rejects.toThrow(`EACCES: permission denied, open '${dataDir}/hookbench.db'`);
    await expect(relay.handlers.getCounts()).rejects.toThrow(/Hookbench's core could not start: EACCES/);
  });
});
