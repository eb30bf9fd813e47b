import { describe, expect, it } from 'vitest';
import type { ContractClient } from '@shared/contract';
import { defaultSettings } from '@shared/settings';
import { createAppStore } from '../../../src/renderer/src/store/app-store';
import { handleCoreProcessChanged } from '../../../src/renderer/src/store/connect-to-core';

/** A core that answers what the window loads at start, counting the loads. */
function fakeCore() {
  const loads: string[] = [];
  const answer = <T>(name: string, value: T) => async () => (loads.push(name), value);
  const client = {
    getReceiverState: answer('receiver', { status: 'listening', host: '127.0.0.1', port: 8000, url: 'http://127.0.0.1:8000/', exposed: false, message: null }),
    getStorageState: answer('storage', { dataDir: '/data', status: 'ok', problem: null }),
    getCounts: answer('counts', { total: 3, failures: 1, internalErrors: 0 }),
    getSettings: answer('settings', defaultSettings),
    getSecretsState: answer('secrets', { storage: 'encrypted', message: null, masked: {} }),
    listDeliveries: answer('list', { rows: [], total: 0 }),
    listBulkReplays: answer('bulk replays', []),
  } as unknown as ContractClient;
  return { client, loads };
}

describe("the desktop app's core process restarting", () => {
  it('reloads what the window shows from the new core and says that the core restarted', async () => {
    const { client, loads } = fakeCore();
    const store = createAppStore(client);
    const message = "Hookbench's core restarted: it had stopped unexpectedly (exit code 9).";
    await handleCoreProcessChanged(store, { state: 'restarted', message });
    expect(loads.sort()).toEqual(['bulk replays', 'counts', 'list', 'receiver', 'secrets', 'settings', 'storage']);
    expect(store.getState().connection).toMatchObject({ coreError: message, counts: { total: 3, failures: 1 } });
  });

  it('says why when the core could not be restarted, without reloading from a core that is not there', async () => {
    const { client, loads } = fakeCore();
    const store = createAppStore(client);
    await handleCoreProcessChanged(store, { state: 'stopped', message: "Hookbench's core stopped 4 times within 60 s" });
    expect(loads).toEqual([]);
    expect(store.getState().connection.coreError).toBe("Hookbench's core stopped 4 times within 60 s");
  });
});
