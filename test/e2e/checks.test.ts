/**
 * Checks as a user meets them: a check run from the Checks screen against a receiver written here, the matrix,
 * a red case opened in the Inbox, then the receiver changed and the check run again: what regressed and what got
 * better, in words and in the matrix. Screenshots of both matrices are kept as artifacts.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';

const openInspector = useInspectors();
const SECRET = 'e2e-receiver-secret';

/**
 * A receiver that checks GitLab's token (401 without the right one) and fails the events it is told to, with 500;
 * `delayMs` slows every answer, so a run can be watched and cancelled while it runs.
 */
async function startReceiver(failing: Set<string>, delayMs = 0): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      setTimeout(() => {
        if (req.headers['x-gitlab-token'] !== SECRET) res.writeHead(401).end('wrong token');
        else if (failing.has(String(req.headers['x-gitlab-event']))) res.writeHead(500).end('broken');
        else res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      }, delayMs);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, server };
}

let receiver: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
  receiver = undefined;
});

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const cases = (page: Page) => page.getByTestId('check-case');
/** Each look waits on Chromium and the core, slow on a loaded machine (a single textContent can take over 1 s): bounded, not endless. */
const CORE_ANSWER = { timeout: 10_000 };
const progress = (page: Page) => page.getByTestId('check-progress').textContent().catch(() => '');

/** "Check run 3" while run 3 is on screen, null before any. */
const shownRun = (page: Page) => page.locator('section.check-run-results').evaluateAll((nodes) => nodes[0]?.getAttribute('aria-label') ?? null);

/** Runs the check the form describes and waits for this new run, not the one on screen before, to finish. */
async function runCheck(page: Page): Promise<void> {
  const before = await shownRun(page);
  await page.getByRole('form', { name: 'Check run' }).getByRole('button', { name: 'Run' }).click();
  await expect.poll(() => shownRun(page), CORE_ANSWER).not.toBe(before);
  await expect.poll(() => progress(page), { timeout: 60_000 }).toMatch(/^(\d+) of \1 · finished$/);
}

describe('Checks in a browser', () => {
  it('runs a check, shows the matrix, opens a red case in the Inbox, and shows what regressed after the receiver changed', async () => {
    const failing = new Set(['Merge Request Hook']);
    const started = await startReceiver(failing);
    receiver = started.server;
    const { page, serve } = await openInspector();
    await screens(page).getByRole('button', { name: 'Checks' }).click();
    await page.getByTestId('checks-empty').waitFor();
    expect(new URL(page.url()).hash).toBe('#/checks');

    const form = page.getByRole('form', { name: 'Check run' });
    await form.locator('input[name=to]').fill(started.url);
    await form.getByLabel('Typed for this run').check();
    await form.locator('input[name=secretToken]').fill(SECRET);
    await form.getByText('Events: all').click();
    for (const event of ['Push Hook', 'Merge Request Hook', 'Pipeline Hook']) await form.getByRole('group', { name: 'Events' }).getByLabel(event, { exact: true }).check();
    await form.getByText('Cases: all').click();
    for (const kind of ['As GitLab sends', 'Wrong token']) await form.getByRole('group', { name: 'Cases' }).getByLabel(kind, { exact: true }).check();
    await runCheck(page);

    const matrix = page.getByRole('region', { name: 'Check matrix' });
    expect(await matrix.locator('thead th').allTextContents()).toEqual(['Event', 'As GitLab sends', 'Wrong token']);
    expect(await matrix.locator('tbody th').allTextContents()).toEqual(['Push Hook', 'Merge Request Hook', 'Pipeline Hook']);
    const failed = cases(page).and(page.locator('[data-outcome=failed]'));
    const failedKeys = await failed.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-key')));
    expect(failedKeys.length).toBeGreaterThan(0);
    expect(failedKeys.every((key) => key?.startsWith('Merge Request Hook/'))).toBe(true);
    // The wrong token (sent once, on the first event) is refused with 401: the receiver checks it, so the case passes.
    const wrongToken = await cases(page).evaluateAll((nodes) => nodes.filter((node) => node.getAttribute('data-key')?.endsWith('/wrong-token')).map((node) => node.getAttribute('data-outcome')));
    expect(wrongToken).toEqual(['passed']);
    const summary = await page.getByTestId('check-summary').textContent();
    expect(summary).toMatch(/^\d+ of \d+ passed/);
    expect(summary).toContain('Merge Request Hook');
    expect(new URL(page.url()).hash).toMatch(/^#\/checks\?run=\d+$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'checks-matrix.png') });

    // Keyboard: focus a red case and read its words, then Enter opens its delivery in the Inbox.
    const red = failed.first().locator('a').first();
    await red.focus();
    await expect.poll(() => page.getByTestId('check-cell-words').textContent(), CORE_ANSWER).toMatch(/^Merge Request Hook .*: failed \(.*500.*\)\./);
    await red.press('ArrowUp');
    await expect.poll(() => page.getByTestId('check-cell-words').textContent(), CORE_ANSWER).toMatch(/^Push Hook /);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('check-cell-words').textContent(), CORE_ANSWER).toMatch(/^Merge Request Hook /);
    await red.focus();
    await red.press('Enter');
    await expect.poll(() => new URL(page.url()).hash, CORE_ANSWER).toMatch(/^#\/inbox\?id=\d+$/);
    const detail = page.getByTestId('detail-summary');
    await expect.poll(() => detail.locator('.status-chip').textContent().catch(() => ''), CORE_ANSWER).toBe('500');
    expect(await detail.textContent()).toContain('Merge Request Hook');
    const row = page.getByTestId('delivery-row').and(page.locator('[aria-selected=true]'));
    await expect.poll(() => row.locator('.origin-badge').textContent().catch(() => ''), CORE_ANSWER).toBe('check');
    await page.screenshot({ path: join(SCREENSHOTS, 'checks-case-delivery.png') });
    // The origin filter lists check runs' deliveries: this run's 11, not a hook captured meanwhile.
    expect((await fetch(`${serve.receiverUrl}captured`, { method: 'POST', body: '{}' })).status).toBe(200);
    const checksToggle = page.getByRole('group', { name: 'Origin' }).getByRole('button', { name: 'Checks' });
    await checksToggle.click();
    await expect.poll(() => page.getByLabel('Search deliveries').inputValue(), CORE_ANSWER).toBe('origin:check');
    await expect.poll(() => page.getByTestId('match-count').textContent().catch(() => ''), CORE_ANSWER).toMatch(/^11\b/);
    await page.getByRole('tab', { name: 'Details' }).click();
    const runLink = page.getByRole('link', { name: /^Run \d+$/ });
    const firstRun = await runLink.getAttribute('href');
    expect(firstRun).toMatch(/^#\/checks\?run=\d+$/);

    // The receiver changes: merge requests are fixed, pipelines break. The same check again shows both.
    failing.clear();
    failing.add('Pipeline Hook');
    await runLink.click(); // back to the run the case came from
    await expect.poll(() => new URL(page.url()).hash, CORE_ANSWER).toBe(firstRun);
    await expect.poll(() => progress(page), CORE_ANSWER).toMatch(/ · finished$/);
    await runCheck(page);
    const comparison = page.getByTestId('check-comparison');
    await expect.poll(() => comparison.textContent().catch(() => ''), CORE_ANSWER).toContain('Pipeline Hook');
    expect(await comparison.locator('.check-comparison-regressed').textContent()).toContain('Pipeline Hook');
    expect(await comparison.locator('.check-comparison-better').textContent()).toContain('Merge Request Hook');
    const regressed = await cases(page).evaluateAll((nodes) => nodes.filter((node) => node.getAttribute('data-change') === 'regressed').map((node) => node.getAttribute('data-key')));
    const better = await cases(page).evaluateAll((nodes) => nodes.filter((node) => node.getAttribute('data-change') === 'better').map((node) => node.getAttribute('data-key')));
    expect(regressed.length).toBeGreaterThan(0);
    expect(regressed.every((key) => key?.startsWith('Pipeline Hook/'))).toBe(true);
    expect([...better].sort()).toEqual([...failedKeys].sort());
    await page.screenshot({ path: join(SCREENSHOTS, 'checks-regression.png') });

    // Both runs are listed on this target; the first re-opens with its red merge requests.
    const earlier = page.getByRole('navigation', { name: 'Runs on this target' }).getByRole('button');
    expect(await earlier.count()).toBe(2);
    await earlier.last().click();
    await expect.poll(() => cases(page).and(page.locator('[data-outcome=failed]')).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-key'))), CORE_ANSWER).toEqual(failedKeys);
  });

  it('shows a run going case by case, cancels it, and reports, not fails, the token case of a run without the token', async () => {
    const started = await startReceiver(new Set(), 150);
    receiver = started.server;
    const { page } = await openInspector();
    await screens(page).getByRole('button', { name: 'Checks' }).click();
    const form = page.getByRole('form', { name: 'Check run' });
    await form.locator('input[name=to]').fill(started.url);
    await form.getByText('Cases: all').click();
    const kinds = form.getByRole('group', { name: 'Cases' });
    await kinds.getByLabel('As GitLab sends', { exact: true }).check();
    await form.getByRole('button', { name: 'Run' }).click();

    await expect.poll(() => progress(page), { timeout: 30_000 }).toMatch(/^([2-9]|\d\d+) of \d+ · running$/);
    const [doneThen, planned] = (await progress(page))!.match(/^(\d+) of (\d+)/)!.slice(1).map(Number);
    expect(doneThen).toBeLessThan(planned!);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => progress(page), CORE_ANSWER).toMatch(/ · cancelled$/);
    const done = Number((await progress(page))!.match(/^(\d+) of/)![1]);
    expect(done).toBeLessThan(planned!);
    expect(await cases(page).count()).toBe(done);

    // No token for this run: a wrong token cannot be told from the right one, so the case is reported, in grey, in words.
    await kinds.getByLabel('As GitLab sends', { exact: true }).uncheck();
    await kinds.getByLabel('Wrong token', { exact: true }).check();
    await form.getByText('Events: all').click();
    await form.getByRole('group', { name: 'Events' }).getByLabel('Push Hook', { exact: true }).check();
    await runCheck(page);
    const wrongToken = page.locator('[data-testid=check-case][data-key$="/wrong-token"]');
    expect(await wrongToken.getAttribute('data-outcome')).toBe('reported');
    const chip = wrongToken.locator('a').first();
    expect(await chip.getAttribute('class')).toContain('check-reported');
    await chip.focus();
    await expect.poll(() => page.getByTestId('check-cell-words').textContent(), CORE_ANSWER).toMatch(/wrong X-Gitlab-Token: reported \(/);
  });
});
