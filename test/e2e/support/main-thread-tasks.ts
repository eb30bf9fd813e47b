import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** The thread's CPU time in the task, in µs: what the task cost, however long other processes held the core. */
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadTasks {
  /** The longest task on the page's main thread, in ms of wall time and of that thread's CPU time. */
  longestMs: number;
  longestCpuMs: number;
}

/**
 * Records every task the page's main thread runs (Chromium's own trace) from now until the returned stop() is
 * awaited. Its CPU time says what a task cost the page whatever the machine's load, where wall time on two
 * shared cores can be many times longer.
 */
export async function recordMainThreadTasks(page: Page): Promise<() => Promise<MainThreadTasks>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
    const tasks = events.filter((e) => e.name === 'RunTask' && e.dur !== undefined && mainThreads.has(`${e.pid}/${e.tid}`));
    if (tasks.length === 0) throw new Error('The trace holds no task of the page\'s main thread: Chromium\'s trace format changed?');
    return {
      longestMs: Math.max(...tasks.map((task) => task.dur!)) / 1000,
      longestCpuMs: Math.max(...tasks.map((task) => task.tdur ?? task.dur!)) / 1000,
    };
  };
}
