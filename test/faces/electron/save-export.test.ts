/** The desktop app's Export of a selection: its save dialog (faked: no Electron here), a real core's export, a real file. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import { createDesktopActions, writePrivateFile } from '../../../src/main/faces/electron/desktop-actions';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

async function coreWithDeliveries(count: number) {
  const { core, port } = await startCore(tempDir());
  for (let n = 0; n < count; n += 1) {
    await (await fetch(`http://127.0.0.1:${port}/hooks/${n}`, { method: 'POST', headers: { 'X-Gitlab-Token': 'hunter2' }, body: `{"n":${n}}` })).arrayBuffer();
  }
  return { core, ids: await core.handlers.resolveSelection({ search: '' }) };
}

function saving(core: Awaited<ReturnType<typeof coreWithDeliveries>>['core'], answer: { canceled: boolean; filePath: string }) {
  const asked: SaveDialogOptions[] = [];
  const act = createDesktopActions({
    knownFolders: async () => [],
    openPath: async () => '',
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async (options) => (asked.push(options), answer),
    exportText: async (format, ids) => core.handlers.exportDeliveries(format, ids),
    writeFile: writePrivateFile,
  });
  return { act, asked };
}

describe('Export a selection from the desktop app', () => {
  it('writes the chosen deliveries to the file picked in the save dialog, private to the user, secrets masked', async () => {
    const { core, ids } = await coreWithDeliveries(3);
    const file = join(tempDir(), 'picked.har');
    const { act, asked } = saving(core, { canceled: false, filePath: file });

    expect(await act('saveExport', { format: 'har', ids: ids.slice(0, 2) })).toEqual({ ok: true, result: file });
    expect(asked).toMatchObject([{ defaultPath: 'hookbench-2-deliveries.har', filters: [{ extensions: ['har'] }] }]);
    const entries = (JSON.parse(readFileSync(file, 'utf8')) as { log: { entries: Array<{ request: { url: string } }> } }).log.entries;
    expect(entries.map((entry) => new URL(entry.request.url).pathname).sort()).toEqual(['/hooks/1', '/hooks/2']);
    expect(readFileSync(file, 'utf8')).not.toContain('hunter2');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes NDJSON one line per delivery, writes nothing when cancelled, and refuses what the page cannot ask for', async () => {
    const { core, ids } = await coreWithDeliveries(2);
    const file = join(tempDir(), 'picked.ndjson');
    expect(await saving(core, { canceled: false, filePath: file }).act('saveExport', { format: 'ndjson', ids })).toEqual({ ok: true, result: file });
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);

    const cancelled = saving(core, { canceled: true, filePath: '' });
    expect(await cancelled.act('saveExport', { format: 'har', ids })).toEqual({ ok: true, result: null });
    expect(cancelled.asked).toHaveLength(1);

    const refused = saving(core, { canceled: false, filePath: file });
    expect(await refused.act('saveExport', { format: 'zip', ids })).toMatchObject({ ok: false, error: expect.stringContaining('choose HAR or NDJSON') });
    expect(await refused.act('saveExport', { format: 'har', ids: ['../etc/passwd'] })).toMatchObject({ ok: false, error: expect.stringContaining('no deliveries') });
    expect(await refused.act('saveExport', { format: 'har', ids: Array.from({ length: 10_001 }, (_, i) => i + 1) })).toMatchObject({
      ok: false, error: expect.stringContaining('at most 10000'),
    });
    expect(refused.asked).toHaveLength(0);
  });

  it('says what went wrong when the file cannot be written', async () => {
    const { core, ids } = await coreWithDeliveries(1);
    const file = join(tempDir(), 'no-such-folder', 'x.har');
    expect(await saving(core, { canceled: false, filePath: file }).act('saveExport', { format: 'har', ids })).toMatchObject({
      ok: false, error: expect.stringContaining(`Could not write ${file}: ENOENT`),
    });
  });
});
