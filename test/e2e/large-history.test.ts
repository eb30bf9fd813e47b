/**
 * "100 000 stored deliveries open as fast as 10": the list is virtual and pages from the store, so
 * neither the first paint nor the DOM grows with the history.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryRecord } from '../../src/main/core/store/delivery-record';
import { launchChromium, nonLoopbackHosts, openWatchedPage } from './support/chromium';
import { startServe } from './support/hookbench-serve';
import { capturedPush, seedDeliveries } from './support/seed-deliveries';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function history(count: number): DeliveryRecord[] {
  const start = Date.now() - count * 1000;
  return Array.from({ length: count }, (_, i) =>
    capturedPush({ receivedAt: start + i * 1000, url: `/hooks/${i + 1}`, status: i % 7 === 0 ? 500 : 200 }),
  );
}

/** Seeds a data dir, opens the inspector, and measures until the newest row is on screen. */
async function openWithHistory(count: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-e2e-large-'));
  // Retention would keep only the newest 10 000 by default.
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ storage: { retain: 0 } }));
  await seedDeliveries(dataDir, history(count));
  const serve = await startServe(dataDir);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const close = async () => {
    await context.close();
    await serve.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const watched = await openWatchedPage(context);
    const pageSizes: number[] = [];
    watched.page.on('request', (request) => {
      if (request.url().endsWith('/api/call/listDeliveries')) pageSizes.push(JSON.parse(request.postData()!).args[0].limit);
    });
    const started = performance.now();
    await watched.page.goto(serve.uiUrl);
    await watched.page.locator(`[data-testid=delivery-row] .middle-truncated[title="/hooks/${count}"]`).waitFor();
    return { ...watched, openMs: performance.now() - started, pageSizes, close };
  } catch (error) {
    // A failed opening still stops its serve, so no process outlives the test.
    await close();
    throw error;
  }
}

describe('a long history', () => {
  it('opens 100 000 deliveries fetching only windows of rows, the oldest one keypress away', async () => {
    const small = await openWithHistory(10);
    await small.close();
    const large = await openWithHistory(100_000);
    try {
      const { page } = large;
      // The time is printed, not asserted: bench/list-open.mjs holds the target, in interleaved rounds. One opening under
      // a CPU hog ran past the bound once asserted here (1,975 against 1,874 ms), the machine's share of the cores
      // deciding, not the store's size; what keeps it fast is asserted below: windows of rows, never the history.
      console.log(`first row on screen: 10 deliveries ${small.openMs.toFixed(0)} ms, 100 000 ${large.openMs.toFixed(0)} ms`);
      expect(await page.locator('.counts').textContent()).toContain('100,000 total');
      expect(await page.getByTestId('delivery-row').count()).toBeLessThan(100);

      // The oldest delivery is one keypress away, fetched as its own window.
      await page.getByTestId('delivery-list').focus();
      await page.keyboard.press('End');
      await page.locator('[data-testid=delivery-row] .middle-truncated[title="/hooks/1"]').waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('detail-summary').textContent()).toContain('/hooks/1');
      expect(await page.getByTestId('delivery-row').count()).toBeLessThan(100);
      expect(Math.max(...large.pageSizes)).toBeLessThan(500);
      expect(nonLoopbackHosts(large.requestedUrls)).toEqual([]);
      expect(large.errors).toEqual([]);
    } finally {
      await large.close();
    }
  });
});
