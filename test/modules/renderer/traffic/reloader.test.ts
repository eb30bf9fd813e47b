/** The chart asks the core once per burst of changes, never once per delivery. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reloader, type Loaded } from '../../../../src/renderer/src/features/traffic/reloader';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the Reloader', () => {
  it('asks at once when quiet, folds a burst into one more call, spaced by ten times what the last one took', async () => {
    let calls = 0;
    const shown: Array<Loaded<number>> = [];
    const reloader = new Reloader(async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return calls;
    }, (loaded) => shown.push(loaded));
    reloader.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    // A thousand deliveries announced while the first answer is on its way.
    for (let i = 0; i < 1000; i++) reloader.request();
    await vi.advanceTimersByTimeAsync(100);
    expect(shown.map((loaded) => loaded.value)).toEqual([1]);
    // The call took 100 ms: the next one waits until 1 s after it started, not the 0.5 s floor.
    await vi.advanceTimersByTimeAsync(899);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(shown.map((loaded) => loaded.value)).toEqual([1, 2]);
    reloader.stop();
  });

  it('keeps half a second between quick calls', async () => {
    let calls = 0;
    const reloader = new Reloader(async () => ++calls, () => {});
    reloader.request();
    await vi.advanceTimersByTimeAsync(0);
    reloader.request();
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    reloader.stop();
  });

  it('shows a failure, and shows nothing once stopped', async () => {
    const shown: Array<Loaded<number>> = [];
    const reloader = new Reloader<number>(() => Promise.reject(new Error('the core went away')), (loaded) => shown.push(loaded));
    reloader.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([{ value: null, error: new Error('the core went away') }]);
    reloader.stop();
    reloader.request();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(shown).toHaveLength(1);
  });
});
