import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

describe('saved samples through the contract', () => {
  it('saves into the data dir by default, lists and reads back, and announces files changed on disk', async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    const changes: string[] = [];
    core.subscribe((name, payload) => {
      if (name === 'savedSamplesChanged') changes.push((payload as { folder: string }).folder);
    });
    const payload = JSON.parse((await core.handlers.generateSample({ event: 'Push Hook' })).payload);
    const file = await core.handlers.saveSample({ name: 'Push to main', event: 'Push Hook', variant: 'default', headers: [], payload });
    expect(file).toBe('push-to-main.json');
    const listed = await core.handlers.listSavedSamples();
    expect(listed.folder).toBe(join(dataDir, 'samples'));
    expect(listed.entries.map((e) => [e.file, e.event, e.problem])).toEqual([['push-to-main.json', 'Push Hook', null]]);
    expect((await core.handlers.readSavedSample(file)).payload).toEqual(payload);

    writeFileSync(join(listed.folder, 'from-a-teammate.json'), JSON.stringify({ name: 'Tag', event: 'Tag Push Hook', payload: {} }));
    await expect.poll(() => changes.length, { timeout: 3000 }).toBeGreaterThan(0);
    expect(changes.at(-1)).toBe(listed.folder);
  });

  it('follows the folder chosen in settings', async () => {
    const { core } = await startCore(tempDir());
    const folder = tempDir();
    await core.handlers.updateSettings({ samples: { folder } });
    await core.handlers.saveSample({ name: 'Note', event: 'Note Hook', variant: null, headers: [], payload: {} });
    expect((await core.handlers.listSavedSamples()).entries.map((e) => e.file)).toEqual(['note.json']);
    expect((await core.handlers.listSavedSamples()).folder).toBe(folder);
    expect(() => core.handlers.readSavedSample('../../etc/passwd')).toThrow('is not a sample file name');
  });
});
