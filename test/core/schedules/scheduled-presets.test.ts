import { afterEach, describe, expect, it, vi } from 'vitest';
import { PresetFolder } from '../../../src/main/core/presets/preset-folder';
import { TriggerPresets } from '../../../src/main/core/presets/trigger-presets';
import { useTempDirs } from '../../support/temp-dir';
import { nightly } from '../presets/preset-fixtures';

const tempDir = useTempDirs();

describe('saved presets on their schedules', () => {
  afterEach(() => void vi.useRealTimers());

  it('runs a saved preset at its time, then announces its next run; a preset saved with a new cron re-arms', async () => {
    vi.useFakeTimers({ now: new Date(2025, 0, 14, 23, 0), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const folder = new PresetFolder(tempDir());
    const runs: string[] = [];
    const changes: string[] = [];
    const presets = new TriggerPresets({
      folder: () => folder,
      changed: (path) => changes.push(path),
      runPreset: async (file) => void runs.push(`${file} at ${new Date().getHours()}:${new Date().getMinutes()}`),
      report: (message) => expect.fail(message),
    });
    presets.start();
    try {
      const file = presets.save(nightly, null, false);
      expect(presets.list().entries[0]).toMatchObject({ file, nextRunAt: new Date(2025, 0, 15, 0, 30).getTime() });

      await vi.advanceTimersByTimeAsync(90 * 60_000);
      expect(runs).toEqual([`${file} at 0:30`]);
      expect(changes).toContain(folder.path);
      expect(presets.list().entries[0]?.nextRunAt).toBe(new Date(2025, 0, 16, 0, 30).getTime());

      presets.save({ ...nightly, schedule: { cron: '0 6 * * *', enabled: true } }, file, true);
      expect(presets.list().entries[0]?.nextRunAt).toBe(new Date(2025, 0, 15, 6, 0).getTime());
      await vi.advanceTimersByTimeAsync(6 * 3600_000);
      expect(runs).toEqual([`${file} at 0:30`, `${file} at 6:0`]);

      presets.delete(file);
      await vi.advanceTimersByTimeAsync(2 * 24 * 3600_000);
      expect(runs).toHaveLength(2);
    } finally {
      presets.stop();
    }
  });
});
