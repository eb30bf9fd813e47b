import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SampleFolder } from '../../../src/main/core/saved-samples/sample-folder';
import type { SavedSample } from '@shared/saved-sample';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

const push: SavedSample = {
  name: 'Push to main (Jenkins)',
  event: 'Push Hook',
  variant: 'default',
  headers: [['X-Custom', 'yes']],
  payload: { object_kind: 'push', ref: 'refs/heads/main', repository: { url: 'git@example.com:mike/diaspora.git' } },
};

describe('the saved samples folder', () => {
  it('writes one pretty-printed JSON file per sample, named from the sample, and reads it back', () => {
    const folder = new SampleFolder(join(tempDir(), 'samples'));
    const file = folder.save(push);
    expect(file).toBe('push-to-main-jenkins.json');
    expect(readFileSync(join(folder.path, file), 'utf8')).toBe(`${JSON.stringify(push, null, 2)}\n`);
    expect(folder.read(file)).toEqual(push);
    expect(folder.list()).toEqual([
      { file, name: push.name, event: 'Push Hook', variant: 'default', modifiedAt: expect.any(Number), problem: null },
    ]);
  });

  it('refuses to overwrite unless asked, and never leaves the folder', () => {
    const folder = new SampleFolder(tempDir());
    folder.save(push);
    expect(() => folder.save(push)).toThrow(/already exists/);
    expect(folder.save({ ...push, payload: { object_kind: 'push', ref: 'refs/heads/dev' } }, { overwrite: true })).toBe(
      'push-to-main-jenkins.json',
    );
    expect(() => folder.read('../settings.json')).toThrow('is not a sample file name');
    expect(() => folder.save({ ...push, name: '***' })).toThrow('cannot name a file');
  });

  it('lists a broken file with the reason instead of hiding it', () => {
    const folder = new SampleFolder(tempDir());
    writeFileSync(join(folder.path, 'half-edited.json'), '{"name": "x", "event": ');
    writeFileSync(join(folder.path, 'not-a-sample.json'), '[1, 2]');
    const entries = folder.list();
    expect(entries.map((e) => [e.file, e.problem?.split(':')[0]])).toEqual([
      ['half-edited.json', 'Not valid JSON'],
      ['not-a-sample.json', 'Not a sample'],
    ]);
  });

  it('notices files added and changed on disk by someone else', async () => {
    const folder = new SampleFolder(tempDir());
    let changes = 0;
    const stop = folder.watch(() => changes++);
    try {
      writeFileSync(join(folder.path, 'from-git.json'), JSON.stringify(push));
      await expect.poll(() => changes, { timeout: 3000 }).toBeGreaterThan(0);
      expect(folder.list().map((e) => e.name)).toEqual([push.name]);
    } finally {
      stop();
    }
  });
});
