/**
 * Acting on many deliveries in a real Chromium against `hookbench serve`: pick 50 with Shift+arrows and replay them
 * to a local receiver with the progress bar and the summary; compare, export, delete and undo a selection; and
 * select every match of a search, loaded or not, for an export.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { monacoText } from './support/monaco';
import { capturedPush } from './support/seed-deliveries';

const openInspector = useInspectors();
const rows = (page: Page) => page.getByTestId('delivery-row');
const closing: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

/** Pushes to /hooks/gitlab/0 … /hooks/gitlab/{count-1}, oldest first. */
function pushes(count: number) {
  return Array.from({ length: count }, (_, n) => capturedPush({ url: `/hooks/gitlab/${n}`, receivedAt: Date.now() - 600_000 + n * 1000 }));
}

/**
 * The receiver under development: 500 for every path ending in 7, 200 otherwise; once `holdAfter` requests have
 * come, the next ones wait until `release()`, so the page can be looked at midway.
 */
async function gatedReceiver(holdAfter: number) {
  const paths: string[] = [];
  const held: Array<() => void> = [];
  let open = false;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      paths.push(req.url ?? '');
      const answer = () => {
        res.writeHead(req.url?.endsWith('7') ? 500 : 200, { 'Content-Type': 'text/plain' });
        res.end(req.url?.endsWith('7') ? 'broken\n' : 'ok\n');
      };
      if (open || paths.length <= holdAfter) answer();
      else held.push(answer);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closing.push(() => new Promise((resolve) => server.close(() => resolve())));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    held: () => held.length,
    release() {
      open = true;
      for (const answer of held.splice(0)) answer();
    },
  };
}

describe('bulk actions in a browser', () => {
  it('selects 50 deliveries with Shift+↓ and replays them to a local receiver with a progress bar and a summary', async () => {
    const { page } = await openInspector({ seed: pushes(50) });
    const receiver = await gatedReceiver(20);
    await rows(page).first().click({ timeout: 10_000 });
    for (let step = 0; step < 49; step += 1) await page.keyboard.press('Shift+ArrowDown');
    const bar = page.getByTestId('selection-bar');
    await expect.poll(() => bar.getByTestId('selection-count').textContent()).toBe('50 selected');

    await bar.getByRole('button', { name: 'Replay to…' }).click();
    await bar.getByLabel('Replay the selection to').fill(receiver.origin);
    expect(await bar.getByLabel('Replays at once').inputValue()).toBe('4');
    await bar.getByRole('button', { name: 'Replay', exact: true }).click();

    // Twenty answered, four held in flight: the bar stands at 20 of 50 until the receiver lets the rest through.
    const progress = page.getByTestId('bulk-replay');
    await expect.poll(() => receiver.held(), { timeout: 10_000 }).toBe(4);
    await expect.poll(() => progress.getByRole('status').textContent(), { timeout: 5_000 }).toBe(
      `Replaying 20 of 50 deliveries to ${receiver.origin}: 18 green, 2 red`,
    );
    expect(await progress.getByLabel('Bulk replay progress').evaluate((bar) => [(bar as HTMLProgressElement).value, (bar as HTMLProgressElement).max])).toEqual([20, 50]);
    expect(await progress.getByRole('button', { name: 'Cancel' }).isEnabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'bulk-replay-progress.png') });

    // The job is the core's: a reloaded tab finds it where it stands.
    await page.reload();
    await expect.poll(() => page.getByTestId('bulk-replay').getByRole('status').textContent(), { timeout: 10_000 }).toBe(
      `Replaying 20 of 50 deliveries to ${receiver.origin}: 18 green, 2 red`,
    );
    receiver.release();
    await expect.poll(() => progress.getAttribute('data-state'), { timeout: 10_000 }).toBe('finished');
    expect(await progress.getByRole('status').textContent()).toBe(`Replayed 50 deliveries to ${receiver.origin}: 45 green, 5 red`);
    expect([...new Set(receiver.paths)].sort()).toEqual(Array.from({ length: 50 }, (_, n) => `/hooks/gitlab/${n}`).sort());
    const failures = progress.getByRole('list', { name: 'Failed replays' }).getByRole('listitem');
    expect(await failures.count()).toBe(5);
    expect(await failures.first().textContent()).toMatch(/^#\d+ → #\d+ answered 500$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'bulk-replay.png') });

    // A failure opens the replay that got the 500.
    await failures.first().getByRole('button').click();
    const detail = page.getByTestId('detail');
    await expect.poll(() => detail.textContent(), { timeout: 5_000 }).toContain('500');
    expect(await detail.textContent()).toMatch(/\/hooks\/gitlab\/\d*7/);
  });

  it('compares two rows picked with Ctrl-click, exports them as a download, deletes them and takes them back', async () => {
    const { page } = await openInspector({ seed: pushes(5) });
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(5);
    await rows(page).nth(1).click();
    await rows(page).nth(3).click({ modifiers: ['Control'] });
    const bar = page.getByTestId('selection-bar');
    await expect.poll(() => bar.getByTestId('selection-count').textContent()).toBe('2 selected');
    expect(await rows(page).evaluateAll((all) => all.map((row) => row.getAttribute('aria-selected')))).toEqual(['false', 'true', 'false', 'true', 'false']);

    await bar.getByRole('button', { name: 'Compare' }).click();
    const diff = page.getByRole('dialog', { name: 'Compare delivery 2 with 4' });
    const editors = diff.getByTestId('diff-view');
    await expect.poll(() => editors.locator('.line-delete, .char-delete').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => monacoText(editors.locator('.editor.modified'))).toContain('/hooks/gitlab/3');
    expect(await monacoText(editors.locator('.editor.original'))).toContain('/hooks/gitlab/1');
    await diff.getByRole('button', { name: 'Close' }).click();

    const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Export NDJSON' }).click()]);
    expect(download.suggestedFilename()).toBe('hookbench-2-deliveries.ndjson');
    const lines = readFileSync((await download.path()) ?? '', 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { url?: string; request?: { url: string } });
    expect(lines).toHaveLength(2);
    expect(JSON.stringify(lines)).toContain('/hooks/gitlab/1');
    expect(JSON.stringify(lines)).toContain('/hooks/gitlab/3');
    await expect.poll(() => page.getByTestId('bulk-note').textContent()).toContain('Exported 2 deliveries as NDJSON');

    await page.keyboard.press('Delete');
    const undo = page.getByTestId('undo-delete');
    await expect.poll(() => undo.textContent(), { timeout: 5_000 }).toContain('Deleted 2 deliveries.');
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await bar.count()).toBe(0);
    await undo.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows(page).count()).toBe(5);
  });

  it('selects every delivery matching the search with Ctrl+A, not only the rows loaded, and exports them as HAR', async () => {
    const { page } = await openInspector({ seed: pushes(400) });
    await page.getByRole('searchbox').fill('/hooks/gitlab/1');
    await expect.poll(() => page.getByTestId('match-count').textContent(), { timeout: 10_000 }).toContain('111');
    await rows(page).first().click();
    await page.keyboard.press('Control+a');
    const bar = page.getByTestId('selection-bar');
    await expect.poll(() => bar.getByTestId('selection-count').textContent()).toBe('All 111 matching the search selected');
    expect(await rows(page).count()).toBeLessThan(111);

    const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Export HAR' }).click()]);
    expect(download.suggestedFilename()).toBe('hookbench-111-deliveries.har');
    const har = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { log: { entries: Array<{ request: { url: string } }> } };
    expect(har.log.entries).toHaveLength(111);
    expect(har.log.entries.every((entry) => new URL(entry.request.url).pathname.startsWith('/hooks/gitlab/1'))).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
  });
});
