import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PresetFolder } from '../../../src/main/core/presets/preset-folder';
import { useTempDirs } from '../../support/temp-dir';
import { nightly, pluginPush, remoteBuild } from './preset-fixtures';

const tempDir = useTempDirs();

describe('the trigger presets folder', () => {
  it('saves one pretty-printed JSON file per preset, named from the preset, lists, reads back and deletes', () => {
    const folder = new PresetFolder(join(tempDir(), 'samples', 'triggers'));
    const files = [nightly, pluginPush, remoteBuild].map((preset) => folder.save(preset));
    expect(files).toEqual(['nightly-pipeline-on-main.json', 'push-to-the-build-job.json', 'deploy-with-parameters.json']);
    expect(readFileSync(join(folder.path, files[0]!), 'utf8')).toBe(`${JSON.stringify(nightly, null, 2)}\n`);
    expect(folder.read(files[1]!)).toEqual(pluginPush);
    expect(folder.read(files[2]!)).toEqual(remoteBuild);
    expect(folder.list()).toEqual([
      { file: 'deploy-with-parameters.json', name: remoteBuild.name, kind: 'jenkins-remote-build', schedule: remoteBuild.schedule, nextRunAt: null, problem: null },
      { file: 'nightly-pipeline-on-main.json', name: nightly.name, kind: 'gitlab-trigger', schedule: nightly.schedule, nextRunAt: null, problem: null },
      { file: 'push-to-the-build-job.json', name: pluginPush.name, kind: 'jenkins-gitlab-plugin', schedule: null, nextRunAt: null, problem: null },
    ]);

    folder.delete('push-to-the-build-job.json');
    expect(folder.list().map((e) => e.file)).toEqual(['deploy-with-parameters.json', 'nightly-pipeline-on-main.json']);
    expect(() => folder.delete('push-to-the-build-job.json')).toThrow('There is no trigger preset file push-to-the-build-job.json');
  });

  it('saves to a chosen file, refuses to overwrite unless asked, and never leaves the folder', () => {
    const folder = new PresetFolder(tempDir());
    expect(folder.save(nightly, 'nightly.json')).toBe('nightly.json');
    expect(() => folder.save({ ...nightly, ref: 'develop' }, 'nightly.json')).toThrow(/already exists.*overwrite/);
    folder.save({ ...nightly, ref: 'develop' }, 'nightly.json', { overwrite: true });
    expect(folder.read('nightly.json')).toMatchObject({ ref: 'develop' });
    expect(() => folder.save(nightly, '../settings.json')).toThrow('is not a trigger preset file name');
    expect(() => folder.read('../../etc/passwd')).toThrow('is not a trigger preset file name');
    expect(() => folder.delete('../hookbench.db')).toThrow('is not a trigger preset file name');
  });

  it('refuses a file carrying a secret, whether written by hand or sent to save', () => {
    const folder = new PresetFolder(tempDir());
    writeFileSync(join(folder.path, 'with-token.json'), JSON.stringify({ ...nightly, token: 'glptt-0123456789abcdef' }));
    writeFileSync(join(folder.path, 'with-password.json'), JSON.stringify({ ...remoteBuild, auth: { user: 'me', password: 'hunter2' } }));
    expect(() => folder.read('with-token.json')).toThrow(
      'This preset holds a secret ("token"), but preset files are plain text meant to be shared in git. Remove "token" from the file and enter the secret in the app, which keeps it encrypted.',
    );
    expect(folder.list().map((e) => [e.file, e.kind, e.problem?.slice(0, 35)])).toEqual([
      ['with-password.json', null, 'This preset holds a secret ("passwo'],
      ['with-token.json', null, 'This preset holds a secret ("token"'],
    ]);
    expect(() => folder.save({ ...pluginPush, apiToken: '11aa22bb' })).toThrow('holds a secret ("apiToken")');
    expect(() => folder.save({ ...pluginPush, secretToken: 's3cr3t' })).toThrow('holds a secret ("secretToken")');
    expect(folder.list()).toHaveLength(2);
  });

  it('lists a broken file with the reason instead of hiding it', () => {
    const folder = new PresetFolder(tempDir());
    folder.save(nightly);
    writeFileSync(join(folder.path, 'half-edited.json'), '{"name": "x", "kind": ');
    writeFileSync(join(folder.path, 'bad-cron.json'), JSON.stringify({ ...nightly, schedule: { cron: '61 * * * *', enabled: true } }));
    expect(folder.list().map((e) => [e.file, e.name, e.problem])).toEqual([
      ['bad-cron.json', 'bad-cron.json', expect.stringContaining('"61 * * * *" is not a cron schedule')],
      ['half-edited.json', 'half-edited.json', expect.stringContaining('Not valid JSON')],
      ['nightly-pipeline-on-main.json', nightly.name, null],
    ]);
  });

  it('notices a preset edited on disk by someone else', async () => {
    const folder = new PresetFolder(tempDir());
    const file = folder.save(nightly);
    let changes = 0;
    const stop = folder.watch(() => changes++);
    try {
      writeFileSync(join(folder.path, file), JSON.stringify({ ...nightly, ref: 'release/1.0' }));
      await expect.poll(() => changes, { timeout: 3000 }).toBeGreaterThan(0);
      expect(folder.read(file)).toMatchObject({ ref: 'release/1.0' });
    } finally {
      stop();
    }
  });
});
