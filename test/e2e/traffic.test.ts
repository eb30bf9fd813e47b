/**
 * The inbox's traffic chart and forward pairs as a user meets them in Chromium, through `hookbench serve`: hooks of
 * mixed statuses become stacked bars live, a bar filters the list to its minute, a forward's row shows both
 * statuses, and a `target:` query shows GitLab's verdict above the list.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../support/local-servers';
import { capturedPush, refusedSample } from './support/seed-deliveries';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { startTargetReceiver, type TargetReceiver } from './support/target-receiver';

const openInspector = useInspectors();
let target: TargetReceiver | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

const MINUTE = 60_000;
const rows = (page: Page) => page.getByTestId('delivery-row');
const bars = (page: Page) => page.getByTestId('traffic-bar');
const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search deliveries' });
const post = (receiverUrl: string, path: string) =>
  fetch(new URL(path, receiverUrl), { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body: '{"object_kind":"push"}' }).then((r) => r.status);

/** The bar that holds `at`: bars start at whole minutes. */
const barAt = (page: Page, at: number) => page.locator(`[data-testid="traffic-bar"][data-start="${Math.floor(at / MINUTE) * MINUTE}"]`);
const classesIn = (page: Page, at: number) =>
  barAt(page, at).evaluate((bar) => [...bar.querySelectorAll('rect')].map((rect) => rect.getAttribute('class')).filter((c) => c !== 'traffic-hit'));

describe('the traffic chart in a browser', () => {
  it('stacks live hooks by status, filters the list to the minute of a clicked bar, and can be hidden for good', async () => {
    // Ten minutes ago (whole minute, so the bar is the same whatever the second): two green, one red.
    const earlier = Math.floor((Date.now() - 10 * MINUTE) / MINUTE) * MINUTE + 5_000;
    const seed = [
      capturedPush({ receivedAt: earlier, url: '/earlier/a' }),
      capturedPush({ receivedAt: earlier + 1_000, url: '/earlier/b' }),
      capturedPush({ receivedAt: earlier + 2_000, url: '/earlier/c', status: 500 }),
    ];
    const down = await closedPort();
    const { page, serve } = await openInspector({ seed, serveArgs: ['--answer', '/fail 500', '--route', `POST /down/** -> http://127.0.0.1:${down}`] });
    await expect.poll(() => bars(page).count()).toBe(60);
    await expect.poll(() => barAt(page, earlier).getAttribute('data-total')).toBe('3');
    expect(await classesIn(page, earlier)).toEqual(['traffic-success', 'traffic-failure']);

    // Live: the chart is open while the hooks come in, all four within one minute.
    const left = MINUTE - (Date.now() % MINUTE);
    if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
    const now = Date.now();
    expect(await post(serve.receiverUrl, '/hooks/ok')).toBe(200);
    expect(await post(serve.receiverUrl, '/hooks/ok')).toBe(200);
    expect(await post(serve.receiverUrl, '/fail/x')).toBe(500);
    expect(await post(serve.receiverUrl, '/down/x')).toBe(502);
    await expect.poll(() => barAt(page, now).getAttribute('data-total').catch(() => null), { timeout: 10_000 }).toBe('4');
    expect(await classesIn(page, now)).toEqual(['traffic-success', 'traffic-failure', 'traffic-internalError']);
    await expect.poll(() => page.getByTestId('traffic-total').textContent()).toBe('7 in the last hour, per minute');
    await page.screenshot({ path: join(SCREENSHOTS, 'traffic-chart.png') });

    await barAt(page, earlier).click();
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = (at: number) => {
      const d = new Date(at);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    };
    const minute = Math.floor(earlier / MINUTE) * MINUTE;
    await expect.poll(() => searchbox(page).inputValue()).toBe(`after:${local(minute)} before:${local(minute + MINUTE)}`);
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await rows(page).locator('.cell-path').allTextContents()).toEqual(['/earlier/c', '/earlier/b', '/earlier/a']);
    expect(await barAt(page, earlier).getAttribute('class')).toContain('traffic-bar-chosen');
    await page.screenshot({ path: join(SCREENSHOTS, 'traffic-chart-filtered.png') });

    // By keyboard: the chart is one tab stop, the arrows move between bars, Enter picks one.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => searchbox(page).inputValue()).toBe(`after:${local(minute + MINUTE)} before:${local(minute + 2 * MINUTE)}`);
    await expect.poll(() => page.getByText('No deliveries match these filters.').count()).toBe(1);
    expect(await bars(page).evaluateAll((all) => all.filter((bar) => bar.getAttribute('tabindex') === '0').length)).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).count()).toBe(3);

    // The same bar again takes the time filter out.
    await barAt(page, earlier).click();
    await expect.poll(() => searchbox(page).inputValue()).toBe('');
    await expect.poll(() => rows(page).count()).toBe(7);

    await page.getByRole('button', { name: 'Last 3 days' }).click();
    await expect.poll(() => bars(page).count()).toBe(72);
    await expect.poll(() => page.getByTestId('traffic-total').textContent()).toBe('7 in the last 3 days, per hour');

    await page.getByTestId('traffic-chart').getByRole('button', { name: 'Hide' }).click();
    await page.reload();
    await page.getByTestId('receiver-pill').waitFor();
    await page.getByRole('button', { name: 'Show the traffic chart' }).waitFor();
    expect(await page.getByTestId('traffic-chart').count()).toBe(0);
    await page.getByRole('button', { name: 'Show the traffic chart' }).click();
    await expect.poll(() => bars(page).count()).toBe(72);
  });

  it("shows a forward's row with both statuses, a refused target as an internal error with its cause, and the target's verdict", async () => {
    target = await startTargetReceiver();
    target.answerWith(500, '{"error":"boom"}');
    const down = await closedPort();
    const { page, serve } = await openInspector({
      seed: [refusedSample()],
      serveArgs: ['--route', `POST /down/** -> http://127.0.0.1:${down}`, '--forward', target.url.replace(/\/webhook$/, '')],
    });
    for (let i = 0; i < 4; i++) expect(await post(serve.receiverUrl, '/webhook')).toBe(500);
    expect(await post(serve.receiverUrl, '/down/hook')).toBe(502);
    await expect.poll(() => page.getByTestId('pair-status').count(), { timeout: 10_000 }).toBe(5);

    const refused = page.getByTestId('pair-status').first();
    expect(await refused.locator('.status-chip').allTextContents()).toEqual(['502', 'refused']);
    expect(await refused.getByTestId('pair-status-leg').getAttribute('data-status-class')).toBe('internal-error');
    expect(await refused.getAttribute('title')).toMatch(
      new RegExp(`^GitLab got 502; the receiver at http://127\\.0\\.0\\.1:${down}/hook said internal error \\(refused: .+\\)\\.$`),
    );
    const failed = page.getByTestId('pair-status').nth(1);
    expect(await failed.locator('.status-chip').allTextContents()).toEqual(['500', '500']);
    expect(await failed.getAttribute('title')).toBe(`GitLab got 500; the receiver at ${target.url} said 500.`);
    await page.screenshot({ path: join(SCREENSHOTS, 'forward-pair-rows.png') });

    const host = new URL(target.url).host;
    await searchbox(page).fill(`target:${host}`);
    const verdict = page.getByTestId('target-verdicts').getByTestId('inbox-gitlab-verdict');
    await expect.poll(() => verdict.textContent().catch(() => ''), { timeout: 10_000 }).toMatch(
      /^GitLab would have disabled this hook at \d\d:\d\d after 4 failures; it would try again at \d\d:\d\d\./,
    );
    expect(await page.getByTestId('target-verdicts').locator('.target-verdict-url').textContent()).toBe(target.url);
    await page.screenshot({ path: join(SCREENSHOTS, 'target-verdict-strip.png') });

    // The selected delivery's target: the refused one, without any query.
    await searchbox(page).fill('');
    await expect.poll(() => page.getByTestId('target-verdicts').count()).toBe(0);
    // The whole list back first: a click while the filtered one still shows opens one of the filtered rows.
    await expect.poll(() => rows(page).first().locator('.middle-truncated').getAttribute('title').catch(() => '')).toBe('/down/hook');
    await rows(page).first().click();
    await expect.poll(() => page.getByTestId('target-verdicts').locator('.target-verdict-url').textContent().catch(() => '')).toBe(
      `http://127.0.0.1:${down}/hook`,
    );
    await expect.poll(() => page.getByTestId('target-verdicts').getByTestId('inbox-gitlab-verdict').textContent()).toMatch(/^1 failure in a row: GitLab disables a hook after 4\./);
  });
});
