import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS, PresetScheduler, type ScheduledPreset } from '../../../src/main/core/schedules/preset-scheduler';

/** Local time, as cron reads it: 14 January 2025 (no daylight saving change nearby). */
const at = (day: number, hour: number, minute: number, ms = 0) => new Date(2025, 0, day, hour, minute, 0, ms).getTime();
const nightly = (file: string, enabled = true): ScheduledPreset => ({ file, schedule: { cron: '30 0 * * *', enabled } });

function useScheduler(run: (file: string) => Promise<void> = async () => {}) {
  const runs: Array<[file: string, at: number]> = [];
  const reports: string[] = [];
  const scheduler = new PresetScheduler({
    run: (file) => {
      runs.push([file, Date.now()]);
      return run(file);
    },
    report: (message) => reports.push(message),
  });
  return { scheduler, runs, reports };
}

describe('preset schedules, under a fake clock', () => {
  let stops: Array<() => void> = [];
  const scheduled = (run?: (file: string) => Promise<void>) => {
    const made = useScheduler(run);
    stops.push(() => made.scheduler.stop());
    return made;
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: at(14, 23, 0), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
    vi.useRealTimers();
  });

  it('runs "30 0 * * *" at 00:30 local time and not before, then shows the next night', async () => {
    const { scheduler, runs } = scheduled();
    scheduler.update([nightly('nightly.json')]);
    expect(scheduler.nextRunAt('nightly.json')).toBe(at(15, 0, 30));

    await vi.advanceTimersByTimeAsync(at(15, 0, 30) - at(14, 23, 0) - 1);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([['nightly.json', at(15, 0, 30)]]);
    expect(scheduler.nextRunAt('nightly.json')).toBe(at(16, 0, 30));

    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(runs.map(([, when]) => when)).toEqual([at(15, 0, 30), at(16, 0, 30)]);
  });

  it('does not run disabled schedules, nor presets without one', async () => {
    const { scheduler, runs } = scheduled();
    scheduler.update([nightly('off.json', false), { file: 'manual.json', schedule: null }]);
    await vi.advanceTimersByTimeAsync(3 * 24 * 3600_000);
    expect(runs).toEqual([]);
    expect(scheduler.nextRunAt('off.json')).toBeNull();
    expect(scheduler.nextRunAt('manual.json')).toBeNull();
  });

  it('reports a failing run, and still runs the others and the next one', async () => {
    const { scheduler, runs, reports } = scheduled(async (file) => {
      if (file === 'broken.json') throw new Error('connect ECONNREFUSED 127.0.0.1:9');
    });
    scheduler.update([nightly('broken.json'), nightly('fine.json')]);
    await vi.advanceTimersByTimeAsync(at(15, 0, 30) - at(14, 23, 0));
    expect(runs.map(([file]) => file)).toEqual(['broken.json', 'fine.json']);
    expect(reports).toEqual(['The scheduled run of broken.json failed: connect ECONNREFUSED 127.0.0.1:9']);

    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(runs.map(([file]) => file)).toEqual(['broken.json', 'fine.json', 'broken.json', 'fine.json']);
    expect(reports).toHaveLength(2);
  });

  it('re-arms when a preset\'s cron changes, and forgets a preset that is gone', async () => {
    const { scheduler, runs } = scheduled();
    scheduler.update([nightly('nightly.json'), nightly('removed.json')]);
    scheduler.update([{ file: 'nightly.json', schedule: { cron: '45 23 * * *', enabled: true } }]);
    expect(scheduler.nextRunAt('nightly.json')).toBe(at(14, 23, 45));
    expect(scheduler.nextRunAt('removed.json')).toBeNull();

    await vi.advanceTimersByTimeAsync(at(15, 1, 0) - at(14, 23, 0));
    expect(runs).toEqual([['nightly.json', at(14, 23, 45)]]);
    expect(scheduler.nextRunAt('nightly.json')).toBe(at(15, 23, 45));
  });

  it('waits out a gap longer than a timer can hold, re-arming instead of firing early', async () => {
    const delays: number[] = [];
    const runs: number[] = [];
    const scheduler = new PresetScheduler({
      run: async () => void runs.push(Date.now()),
      report: () => {},
      clock: {
        now: () => Date.now(),
        setTimeout: (callback, ms) => (delays.push(ms), setTimeout(callback, ms)),
        clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
      },
    });
    stops.push(() => scheduler.stop());
    scheduler.update([{ file: 'new-year.json', schedule: { cron: '0 0 1 1 *', enabled: true } }]);
    const newYear = new Date(2026, 0, 1).getTime();
    expect(scheduler.nextRunAt('new-year.json')).toBe(newYear);

    await vi.advanceTimersByTimeAsync(newYear - Date.now() - 1);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([newYear]);
    expect(delays.length).toBeGreaterThan(10);
    expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_TIMER_MS);
  });

  it('skips a run while the previous one of the same preset is still going, and says so', async () => {
    let finish = () => {};
    const { scheduler, runs, reports } = scheduled(() => new Promise<void>((resolve) => (finish = resolve)));
    scheduler.update([{ file: 'slow.json', schedule: { cron: '* * * * *', enabled: true } }]);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(runs).toHaveLength(1);
    expect(reports).toEqual(['Skipped a scheduled run of slow.json: the previous one has not finished yet.']);
    finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(2);
  });

  it('runs nothing once stopped', async () => {
    const { scheduler, runs } = scheduled();
    scheduler.update([nightly('nightly.json')]);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(2 * 24 * 3600_000);
    expect(runs).toEqual([]);
    expect(scheduler.nextRunAt('nightly.json')).toBeNull();
  });
});
