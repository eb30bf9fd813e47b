/**
 * The delivery list as a first user reads it at 1280 px: names and paths whole, columns that never shift, a legend
 * for the marks, and rows that stay where they are while new deliveries arrive.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { capturedPush } from './support/seed-deliveries';

const openInspector = useInspectors();
const rows = (page: Page) => page.getByTestId('delivery-row');

/** True when an element shows its whole text (nothing cut by an ellipsis). */
const shownWhole = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => element.scrollWidth <= element.clientWidth);

function postHook(url: string, event = 'Push Hook') {
  return fetch(url, { method: 'POST', headers: { 'X-Gitlab-Event': event, 'Content-Type': 'application/json' }, body: '{}' });
}

describe('the delivery list, through hookbench serve', () => {
  it('at 1280 px shows event names and paths whole, host:port for another target, columns fixed whatever the verdicts', async () => {
    const { page } = await openInspector({
      seed: [
        capturedPush({ url: '/hooks/gitlab?project=42', event: 'Merge Request Hook', tokenCheck: 'valid', signatureCheck: 'invalid' }),
        capturedPush({ origin: 'sample', url: 'http://127.0.0.1:9090/jenkins/hook', event: 'Pipeline Hook' }),
      ],
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => localStorage.removeItem('hookbench.splitWidth'));
    await page.reload();
    await expect.poll(() => rows(page).count()).toBe(2);

    const sent = rows(page).nth(0);
    expect(await sent.locator('.cell-path').textContent()).toBe('127.0.0.1:9090/jenkins/hook');
    expect(await rows(page).nth(1).locator('.cell-path').textContent()).toBe('/hooks/gitlab?project=42');
    expect(await rows(page).nth(1).locator('.event-name').textContent()).toBe('Merge Request Hook');
    await page.screenshot({ path: join(SCREENSHOTS, 'inbox-1280.png') });
    expect(await shownWhole(page, '[data-testid=delivery-row] >> nth=1 >> .event-name')).toBe(true);
    expect(await shownWhole(page, '[data-testid=delivery-row] >> nth=1 >> .middle-truncated-head')).toBe(true);
    expect(await shownWhole(page, '[data-testid=delivery-row] >> nth=0 >> .middle-truncated-head')).toBe(true);
    for (const cell of ['cell-method', 'cell-time', 'cell-duration', 'cell-size']) {
      expect(await shownWhole(page, `[data-testid=delivery-row] >> nth=1 >> .${cell}`), cell).toBe(true);
    }

    // The row with verdict badges and the row without them have their columns at the same places.
    const columnStarts = (index: number) =>
      rows(page).nth(index).evaluate((row) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left)));
    expect(await columnStarts(0)).toEqual(await columnStarts(1));
    expect(await rows(page).nth(0).locator('.cell-status').evaluate((cell) => cell.getBoundingClientRect().width)).toBeLessThanOrEqual(72);

    const legend = page.getByLabel('What the marks mean');
    expect(await legend.textContent()).toContain('↓ Received by the receiver');
    expect(await legend.textContent()).toContain('↑ Sent sample');
    expect(await legend.textContent()).toContain('↻ Replay');
    await page.screenshot({ path: join(SCREENSHOTS, 'inbox-1280.png') });
  });

  it('keeps its place when new deliveries arrive while scrolled down, and shows "N new" above', async () => {
    const seed = Array.from({ length: 120 }, (_, i) => capturedPush({ url: `/hooks/seed-${i + 1}`, receivedAt: Date.now() - 600_000 + i }));
    const { page, serve } = await openInspector({ seed });
    await expect.poll(() => rows(page).count()).toBeGreaterThan(10);
    const scroller = page.getByTestId('delivery-list');
    await scroller.evaluate((element) => (element.scrollTop = 40 * 30));
    const firstVisiblePath = () =>
      page.evaluate(() => {
        const list = document.querySelector('[data-testid=delivery-list]')!;
        const top = list.getBoundingClientRect().top + 2;
        const row = [...document.querySelectorAll('[data-testid=delivery-row]')].find((element) => {
          const box = element.getBoundingClientRect();
          return box.top <= top && box.bottom > top;
        });
        return row?.querySelector('.cell-path')?.textContent ?? null;
      });
    await expect.poll(firstVisiblePath).toBe('/hooks/seed-80');

    for (let i = 0; i < 3; i++) expect((await postHook(`${serve.receiverUrl}hooks/new-${i}`)).status).toBe(200);
    const bar = page.getByTestId('new-rows-bar');
    await expect.poll(() => bar.textContent().catch(() => null)).toBe('↑ 3 new — show the newest');
    expect(await firstVisiblePath()).toBe('/hooks/seed-80');

    await bar.click();
    await expect.poll(firstVisiblePath).toBe('/hooks/new-2');
    expect(await bar.count()).toBe(0);
  });

  it('keeps a selected row where it is at the top of the list, and counts what arrived above it', async () => {
    const seed = Array.from({ length: 5 }, (_, i) => capturedPush({ url: `/hooks/seed-${i + 1}` }));
    const { page, serve } = await openInspector({ seed });
    await expect.poll(() => rows(page).count()).toBe(5);
    const selected = rows(page).filter({ hasText: '/hooks/seed-5' });
    await selected.click();
    const topBefore = await selected.evaluate((row) => row.getBoundingClientRect().top);

    for (let i = 0; i < 2; i++) expect((await postHook(`${serve.receiverUrl}hooks/new-${i}`)).status).toBe(200);
    await expect.poll(() => page.getByTestId('new-rows-bar').textContent().catch(() => null)).toBe('↑ 2 new — show the newest');
    await expect.poll(() => rows(page).count()).toBe(7);
    expect(await selected.evaluate((row) => row.getBoundingClientRect().top)).toBe(topBefore);
  });
});
