/**
 * "Big bodies never freeze the window": an 8 MB JSON body shows its start before the rest has even arrived,
 * and the page answers a click while the rest is decoded (in the body worker) and fed to the editor.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadavg } from 'node:os';
import { useInspectors } from './support/inspector';
import { recordMainThreadTasks } from './support/main-thread-tasks';
import { capturedPush } from './support/seed-deliveries';

const MARKER = 'start-of-the-big-body';

/** 8 MB of compact JSON, as GitLab sends it, whose first key the test looks for. */
function bigJson(): Uint8Array {
  const commit = (i: number) => ({ id: i.toString(16).padStart(40, '0'), message: `Commit ${i}: ${'explain the change '.repeat(6)}` });
  const commits = Array.from({ length: 50_000 }, (_, i) => commit(i));
  return new TextEncoder().encode(JSON.stringify({ object_kind: 'push', [MARKER]: true, commits }));
}

interface Probe {
  maxGap: number;
  running: boolean;
}

/** From now on, the largest gap between animation frames. */
function startProbe(page: Page) {
  return page.evaluate(() => {
    const probe: Probe = { maxGap: 0, running: true };
    (window as unknown as { __probe: Probe }).__probe = probe;
    let last = performance.now();
    const frame = (now: number) => {
      probe.maxGap = Math.max(probe.maxGap, now - last);
      last = now;
      if (probe.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

function stopProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: Probe }).__probe;
    probe.running = false;
    return { ...probe };
  });
}

const openInspector = useInspectors();

describe('a big body', () => {
  it('shows its first line before the rest arrives, and the page answers a click while the rest loads', async () => {
    const body = bigJson();
    expect(body.length).toBeGreaterThan(8 * 1024 * 1024);
    const inspector = await openInspector({
      seed: [capturedPush({ requestBody: body, requestSize: body.length, url: '/hooks/big' }), capturedPush({ url: '/hooks/small' })],
    });
    const { page } = inspector;
    // The rest of the body (any range that does not start at 0) waits until the test lets it through.
    let releaseRest: () => void = () => {};
    const restHeld = new Promise<void>((resolve) => (releaseRest = resolve));
    let restAsked = false;
    await page.route('**/api/body/**', async (route: Route) => {
      if (!/^bytes=0-/.test(route.request().headers().range ?? 'bytes=0-')) {
        restAsked = true;
        await restHeld;
      }
      await route.continue();
    });

    await page.getByTestId('delivery-row').nth(1).click();
    const detail = page.getByTestId('detail');
    const firstLine = detail.locator('[data-testid=code-view] .view-lines', { hasText: MARKER });
    await firstLine.waitFor({ timeout: 15_000 });
    // The rest is asked once the start is on screen, and held back here: the start shows without it.
    await expect.poll(() => restAsked, { timeout: 5_000 }).toBe(true);
    expect(await detail.locator('.body-viewer[data-loading]').count()).toBe(1);
    expect(await detail.locator('.body-note').first().textContent()).toMatch(/^Showing the first 16 KB of \d+\.\d MB while the rest loads/);

    await startProbe(page);
    const stopRecording = await recordMainThreadTasks(page);
    releaseRest();
    // A click that only the page's own code answers (it opens the Replay to form), while the rest loads: timed in
    // the page, from the click's event to the button saying it is open, so the test runner's own pace is not in it.
    const replayTo = detail.getByRole('button', { name: 'Replay to…' });
    const answered = replayTo.evaluate(
      (button) =>
        new Promise<number>((resolve) => {
          let clickedAt = 0;
          button.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
          new MutationObserver(() => button.getAttribute('aria-expanded') === 'true' && resolve(performance.now() - clickedAt)).observe(button, {
            attributes: true,
          });
        }),
    );
    await replayTo.click();
    const answerMs = await answered;

    await detail.locator('.body-viewer:not([data-loading]) [data-testid=code-view]:not([data-streaming])').waitFor({ timeout: 30_000 });
    const { maxGap } = await stopProbe(page);
    const tasks = await stopRecording();
    expect(await detail.locator('.body-note').first().textContent()).toMatch(/^Showing the first 256 KB of \d+\.\d MB as raw text/);
    expect(await firstLine.count()).toBe(1);
    console.log(
      `big body: click answered in ${answerMs.toFixed(0)} ms, largest frame gap ${maxGap.toFixed(0)} ms, longest main-thread ` +
        `task ${tasks.longestMs.toFixed(0)} ms (${tasks.longestCpuMs.toFixed(0)} ms of CPU), load average ${loadavg()[0].toFixed(1)}`,
    );
    // The goal's 100 ms, in the CPU time of the page's longest task: what the page's own work costs, which the
    // machine's load does not change. Decoding 8 MB on the main thread and handing it to the editor at once costs
    // seconds of it; here the work is spread over tasks of a few tens of ms.
    expect(tasks.longestCpuMs).toBeLessThan(100);
    // In wall time, two cores shared by several test runs stretch each such task several times over (load 18 here
    // made 30 ms of CPU take 150 ms): a frame gap or a click over a second is a freeze, whatever the load.
    expect(answerMs).toBeLessThan(1_000);
    expect(maxGap).toBeLessThan(1_000);
  });
});
