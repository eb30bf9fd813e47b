import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppCore, type AppCore } from '../../../src/main/core/app-core';
import { presetSecretName } from '@shared/trigger-preset';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';
import { nightly, pluginPush } from './preset-fixtures';

const tempDir = useTempDirs();
const startCore = useCores();

/** The next 00:30 in local time, as `30 0 * * *` means. */
function nextHalfPastMidnight(): number {
  const next = new Date();
  next.setHours(0, 30, 0, 0);
  if (next.getTime() <= Date.now()) next.setDate(next.getDate() + 1);
  return next.getTime();
}

describe('trigger presets through the contract', () => {
  const open: AppCore[] = [];
  afterEach(async () => {
    for (const core of open.splice(0)) await core.close();
  });
  const startScheduledCore = async (dataDir: string) => {
    const core = await createAppCore({ dataDir, overrides: { port: 0 }, runPreset: async () => {} });
    open.push(core);
    await core.start();
    return core;
  };

  it('saves beside the samples, lists, reads back and deletes', async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    const file = await core.handlers.saveTriggerPreset(pluginPush);
    expect(file).toBe('push-to-the-build-job.json');
    expect(await core.handlers.saveTriggerPreset({ ...pluginPush, name: 'Copy' }, 'copy.json')).toBe('copy.json');
    await expect(async () => core.handlers.saveTriggerPreset(pluginPush, 'copy.json')).rejects.toThrow('already exists');
    expect(await core.handlers.saveTriggerPreset({ ...pluginPush, name: 'Copy 2' }, 'copy.json', true)).toBe('copy.json');

    const listed = await core.handlers.listTriggerPresets();
    expect(listed.folder).toBe(join(dataDir, 'samples', 'triggers'));
    expect(listed.entries.map((e) => [e.file, e.name, e.kind, e.problem])).toEqual([
      ['copy.json', 'Copy 2', 'jenkins-gitlab-plugin', null],
      ['push-to-the-build-job.json', pluginPush.name, 'jenkins-gitlab-plugin', null],
    ]);
    expect(await core.handlers.readTriggerPreset(file)).toEqual(pluginPush);
    expect((await core.handlers.listSavedSamples()).entries).toEqual([]);

    await core.handlers.deleteTriggerPreset('copy.json');
    expect((await core.handlers.listTriggerPresets()).entries.map((e) => e.file)).toEqual([file]);
    expect(() => core.handlers.readTriggerPreset('../settings.json')).toThrow('is not a trigger preset file name');
    expect(() => core.handlers.deleteTriggerPreset(7 as unknown as string)).toThrow('Name the preset file to delete.');
    expect(() => core.handlers.saveTriggerPreset({ ...pluginPush, token: 'abc' } as never)).toThrow('holds a secret ("token")');
  });

  it('follows the samples folder chosen in settings', async () => {
    const { core } = await startCore(tempDir());
    const folder = tempDir();
    await core.handlers.updateSettings({ samples: { folder } });
    await core.handlers.saveTriggerPreset(nightly);
    expect(await core.handlers.listTriggerPresets()).toMatchObject({
      folder: join(folder, 'triggers'),
      entries: [{ file: 'nightly-pipeline-on-main.json' }],
    });
  });

  it('runs a scheduled preset with its saved secret, as a trigger delivery, against the receiver\'s own mock', async () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 22, 0, 29, 58), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      const token = 'glptt-scheduled-token-42';
      const { core, port } = await startCore(tempDir(), {}, undefined, { mockTriggerToken: () => token });
      const file = await core.handlers.saveTriggerPreset({ ...nightly, baseUrl: `http://127.0.0.1:${port}` });
      await core.handlers.setSecret(presetSecretName(file, 'token'), token);

      await vi.advanceTimersByTimeAsync(1_000);
      expect((await core.handlers.listDeliveries({ offset: 0, limit: 10 })).total).toBe(0);
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(async () => {
        const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 10, origins: ['trigger'] });
        expect(rows.map((row) => [row.status, row.url])).toEqual([[201, `http://127.0.0.1:${port}/api/v4/projects/group%2Fproject/trigger/pipeline`]]);
      });
      const { entries } = await core.handlers.listTriggerPresets();
      expect(entries[0]?.nextRunAt).toBe(new Date(2026, 10, 23, 0, 30).getTime());
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets a preset\'s secrets when the preset is deleted', async () => {
    const { core } = await startCore(tempDir());
    const file = await core.handlers.saveTriggerPreset(nightly);
    await core.handlers.setSecret(presetSecretName(file, 'token'), 'glptt-to-forget-0001');
    expect(Object.keys((await core.handlers.getSecretsState()).masked)).toEqual([presetSecretName(file, 'token')]);
    await core.handlers.deleteTriggerPreset(file);
    expect((await core.handlers.getSecretsState()).masked).toEqual({});
  });

  it('shows the next run, and announces and re-arms when a preset is edited outside the app', async () => {
    const core = await startScheduledCore(tempDir());
    const changes: string[] = [];
    core.subscribe((name, payload) => {
      if (name === 'triggerPresetsChanged') changes.push((payload as { folder: string }).folder);
    });
    const file = await core.handlers.saveTriggerPreset(nightly);
    const { folder, entries } = await core.handlers.listTriggerPresets();
    expect(entries[0]).toMatchObject({ file, nextRunAt: nextHalfPastMidnight() });

    writeFileSync(join(folder, file), JSON.stringify({ ...nightly, schedule: { cron: '30 0 * * *', enabled: false } }));
    await expect.poll(async () => (await core.handlers.listTriggerPresets()).entries[0]?.nextRunAt, { timeout: 3000 }).toBeNull();
    expect(changes.at(-1)).toBe(folder);

    writeFileSync(join(folder, 'broken.json'), '{ "name": ');
    await expect.poll(async () => (await core.handlers.listTriggerPresets()).entries.length, { timeout: 3000 }).toBe(2);
    expect((await core.handlers.listTriggerPresets()).entries[0]).toMatchObject({ file: 'broken.json', problem: expect.stringContaining('Not valid JSON') });
  });
});
