import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../src/main/core/app-core';
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

  it('shows no next run when nothing can run the presets', async () => {
    const { core } = await startCore(tempDir());
    await core.handlers.saveTriggerPreset(nightly);
    expect((await core.handlers.listTriggerPresets()).entries[0]).toMatchObject({ schedule: nightly.schedule, nextRunAt: null });
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
