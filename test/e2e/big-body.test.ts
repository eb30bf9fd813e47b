/**
 * "Big bodies never freeze the window": an 8 MB JSON body shows its start before the rest has even arrived,
 * and the page answers a click while the rest is decoded (in the body worker) and fed to the editor.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useInspectors } from './support/inspector';
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
  longestTask: number;
  running: boolean;
}

/** From now on, the largest gap between animation frames and the longest task on the page's main thread. */
function startProbe(page: Page) {
  return page.evaluate(() => {
    const probe: Probe = { maxGap: 0, longestTask: 0, running: true };
    (window as unknown as { __probe: Probe }).__probe = probe;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, task.duration);
    }).observe({ type: 'longtask' });
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
    expect(restAsked).toBe(true);
    expect(await detail.locator('.body-viewer[data-loading]').count()).toBe(1);
    expect(await detail.locator('.body-note').first().textContent()).toMatch(/^Showing the first 64 KB of \d+\.\d MB while the rest loads/);

    await startProbe(page);
    releaseRest();
    // A click that only the page's own code answers (it opens the Replay to form), while the rest loads.
    const replayTo = detail.getByRole('button', { name: 'Replay to…' });
    const clickedAt = Date.now();
    await replayTo.click();
    await expect.poll(() => replayTo.getAttribute('aria-expanded'), { timeout: 5_000 }).toBe('true');
    const answerMs = Date.now() - clickedAt;

    await detail.locator('.body-viewer:not([data-loading]) [data-testid=code-view]:not([data-streaming])').waitFor({ timeout: 30_000 });
    const { maxGap, longestTask } = await stopProbe(page);
    expect(await detail.locator('.body-note').first().textContent()).toMatch(/^Showing the first 1\.0 MB of \d+\.\d MB as raw text/);
    expect(await firstLine.count()).toBe(1);
    // The goal is 100 ms on an idle machine. Two cores shared by six test runs stretch every task a few times
    // over, so the bounds are 400 ms: still far below what decoding 8 MB on the main thread and handing it to the
    // editor at once costs (one task of seconds), which is what this test is here to catch.
    expect(answerMs).toBeLessThan(1_000);
    expect(longestTask).toBeLessThan(400);
    expect(maxGap).toBeLessThan(400);
    console.log(`big body: click answered in ${answerMs} ms, largest frame gap ${maxGap.toFixed(0)} ms, longest task ${longestTask.toFixed(0)} ms`);
  });
});
