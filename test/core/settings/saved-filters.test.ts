import { describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

describe('saved filters', () => {
  it('are kept in the settings file for the next run, and refused in words when unnamed', async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    await core.handlers.updateSettings({ inbox: { savedFilters: [{ name: 'Red pushes', query: 'status:failed event:"Push Hook"' }] } });
    await expect(core.handlers.updateSettings({ inbox: { savedFilters: [{ name: ' ', query: 'x' }] } })).rejects.toThrow(
      'inbox.savedFilters must be a list of at most 50 { name, query }, each named (up to 80 characters).',
    );
    await core.close();
    const { core: again } = await startCore(dataDir);
    expect((await again.handlers.getSettings()).inbox.savedFilters).toEqual([{ name: 'Red pushes', query: 'status:failed event:"Push Hook"' }]);
  });
});
