/**
 * The inspector as a user meets it: `hookbench serve` in a real Chromium, real hooks posted to the
 * real receiver, and what shows on screen checked the way a person would look at it.
 */
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freePort } from './support/hookbench-serve';
import { SCREENSHOTS, useInspectors, type Inspector, type InspectorOptions } from './support/inspector';
import { monacoText } from './support/monaco';
import { refusedSample } from './support/seed-deliveries';

const openInspectorWith = useInspectors();
let inspector: Inspector;

async function openInspector(seed?: InspectorOptions['seed'], options: Omit<InspectorOptions, 'seed'> = {}): Promise<Page> {
  inspector = await openInspectorWith({ seed, ...options });
  return inspector.page;
}

function postPushHook(url: string, body: object = { object_kind: 'push', ref: 'refs/heads/main', user_name: 'Ada' }) {
  return fetch(url, {
    method: 'POST',
    headers: { 'X-Gitlab-Event': 'Push Hook', 'Content-Type': 'application/json', 'X-Gitlab-Token': 'dup-1' },
    body: JSON.stringify(body),
  });
}

const rows = (page: Page) => page.getByTestId('delivery-row');
const chipOf = (row: Locator) => row.locator('.status-chip');

function chipStyle(chip: Locator) {
  return chip.evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, background: style.backgroundColor, border: style.borderStyle };
  });
}

describe('the inspector in a browser, through hookbench serve', () => {
  it('greets a first run with the URL to paste into GitLab and a curl that posts a sample push', async () => {
    const page = await openInspector();
    const empty = page.getByTestId('empty-inbox');
    await expect.poll(() => empty.textContent()).toContain(inspector.serve.receiverUrl);
    expect(await empty.textContent()).toContain(
      `curl -X POST -H 'X-Gitlab-Event: Push Hook' -H 'Content-Type: application/json' --data '{"object_kind":"push"}' ${inspector.serve.receiverUrl}`,
    );
    expect(await page.getByTestId('receiver-pill').textContent()).toContain(`Listening on ${inspector.serve.receiverUrl}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'inbox-empty.png') });
  });

  it('shows a hook live in green with 200 and its event, then its body in Monaco and its headers', async () => {
    const page = await openInspector();
    const response = await postPushHook(inspector.serve.receiverUrl + 'hooks/gitlab?project=42');
    expect(response.status).toBe(200);

    const row = rows(page).first();
    await row.waitFor({ timeout: 2_000 });
    expect(await chipOf(row).textContent()).toBe('200');
    expect(await chipOf(row).getAttribute('data-status-class')).toBe('success');
    expect((await chipStyle(chipOf(row))).color).toBe('rgb(26, 127, 55)');
    expect(await row.locator('.event-name').textContent()).toBe('Push Hook');
    expect(await row.locator('.cell-method').textContent()).toBe('POST');
    expect(await row.locator('.cell-path .middle-truncated').getAttribute('title')).toBe('/hooks/gitlab?project=42');
    expect(await page.locator('.counts').textContent()).toContain('1 total');
    await page.screenshot({ path: join(SCREENSHOTS, 'inbox-list.png') });

    await row.click();
    const detail = page.getByTestId('detail');
    await expect.poll(() => detail.getByTestId('detail-summary').textContent()).toContain(
      `POST${inspector.serve.receiverUrl}hooks/gitlab?project=42`,
    );
    const headers = detail.getByTestId('headers-table');
    expect(await headers.locator('th').allTextContents()).toEqual(
      expect.arrayContaining(['X-Gitlab-Event', 'Content-Type', 'X-Gitlab-Token']),
    );
    const editorText = () => monacoText(detail);
    await expect.poll(editorText, { timeout: 10_000 }).toContain('"object_kind": "push"');
    expect(await editorText()).toContain('"user_name": "Ada"');
    // Monaco ran its JSON language in its own bundled worker, not on the main thread or from a CDN. Its language
    // service starts the worker once the model is shown, so under load the request can come after the text did.
    await expect
      .poll(() => inspector.watched.requestedUrls.some((url) => /\/assets\/json\.worker-[\w-]+\.js$/.test(url)), { timeout: 10_000 })
      .toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'detail-request.png') });

    await detail.getByRole('tab', { name: 'Hex' }).click();
    await expect.poll(editorText).toContain('00000000  7b 22 6f 62');
  });

  it('turns the next delivery red with 500 after the receiver is set to answer 500 in Settings', async () => {
    const page = await openInspector();
    await postPushHook(inspector.serve.receiverUrl);
    await rows(page).first().waitFor();

    await page.getByRole('button', { name: 'Settings' }).click();
    const status = page.locator('input[name=status]');
    await status.fill('500');
    await page.getByRole('button', { name: 'Save receiver settings' }).click();
    await page.getByText('Saved.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'settings.png') });
    await page.getByRole('button', { name: 'Inbox' }).click();

    expect((await postPushHook(inspector.serve.receiverUrl)).status).toBe(500);
    await expect.poll(() => rows(page).count()).toBe(2);
    const [red, green] = [chipOf(rows(page).nth(0)), chipOf(rows(page).nth(1))];
    expect(await red.textContent()).toBe('500');
    expect(await red.getAttribute('data-status-class')).toBe('failure');
    expect(await green.textContent()).toBe('200');
    const [redStyle, greenStyle] = [await chipStyle(red), await chipStyle(green)];
    expect(redStyle.color).toBe('rgb(201, 37, 45)');
    expect(redStyle.background).not.toBe(greenStyle.background);
    expect(await page.locator('.counts').textContent()).toContain('1 red');

    // Keyboard: / searches, arrows move, Enter opens.
    await page.keyboard.press('/');
    await page.keyboard.type('no-such-hook');
    await page.getByText('No deliveries match these filters.').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => rows(page).count()).toBe(2);
    await page.getByTestId('delivery-list').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('detail-summary').locator('.status-chip').textContent()).toBe('200');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('detail-summary').locator('.status-chip').textContent()).toBe('500');
  });

  it('freezes the list while "Pause live view" is on, keeps capturing, and shows what arrived on resume', async () => {
    const page = await openInspector();
    await postPushHook(inspector.serve.receiverUrl + 'first');
    await rows(page).first().waitFor();

    await page.getByText('Pause live view').click();
    await postPushHook(inspector.serve.receiverUrl + 'second');
    await postPushHook(inspector.serve.receiverUrl + 'third');
    await page.getByRole('button', { name: 'Show 2 new' }).waitFor();
    expect(await rows(page).count()).toBe(1);
    expect(await page.locator('.counts').textContent()).toContain('3 total');

    await page.getByRole('button', { name: 'Show 2 new' }).click();
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await rows(page).first().locator('.middle-truncated').getAttribute('title')).toBe('/third');
  });

  it('shows a send that got no response as an `internal error` chip, unlike red and green', async () => {
    const page = await openInspector([refusedSample()]);
    const errorRow = rows(page).first();
    await errorRow.waitFor();
    await postPushHook(inspector.serve.receiverUrl);
    await expect.poll(() => rows(page).count()).toBe(2);

    const errorChip = chipOf(rows(page).nth(1));
    expect(await errorChip.textContent()).toBe('internal error');
    expect(await errorChip.getAttribute('data-status-class')).toBe('internal-error');
    const errorStyle = await chipStyle(errorChip);
    const greenStyle = await chipStyle(chipOf(rows(page).nth(0)));
    expect(errorStyle.border).toBe('dashed');
    expect(errorStyle.background).toBe('rgba(0, 0, 0, 0)');
    expect(errorStyle.background).not.toBe(greenStyle.background);
    expect(await page.locator('.counts').textContent()).toContain('1 internal error');

    await rows(page).nth(1).click();
    await page.getByRole('tab', { name: 'Response' }).click();
    expect(await page.getByTestId('detail').textContent()).toContain('The connection was refused');
    await page.screenshot({ path: join(SCREENSHOTS, 'internal-error.png') });

    // The theme follows the OS by default.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.screenshot({ path: join(SCREENSHOTS, 'inbox-dark.png') });
  });

  it('says in words that the port is taken, and listens once another port is chosen in Settings', async () => {
    const occupier = createServer().listen(0, '127.0.0.1');
    await once(occupier, 'listening');
    const busyPort = (occupier.address() as AddressInfo).port;
    try {
      const page = await openInspector(undefined, { receiverPort: busyPort, waitForPill: false });
      await page.getByText(`Port ${busyPort} is in use`).first().waitFor();
      expect(await page.getByTestId('empty-inbox').textContent()).toContain('Pick another port in Settings');
      // The first-run sample has nowhere to go, and says so.
      expect(await page.getByRole('button', { name: 'Send a sample Push Hook to the receiver' }).isDisabled()).toBe(true);
      expect(await page.getByTestId('empty-inbox').textContent()).toContain('The receiver is not listening, so there is nowhere to send it yet.');
      await page.screenshot({ path: join(SCREENSHOTS, 'port-in-use.png') });

      await page.getByRole('button', { name: 'Choose another port' }).click();
      const freshPort = await freePort();
      await page.locator('input[name=port]').fill(String(freshPort));
      await page.getByRole('button', { name: 'Save receiver settings' }).click();
      await expect
        .poll(() => page.getByTestId('receiver-pill').textContent().catch(() => ''))
        .toContain(`Listening on http://127.0.0.1:${freshPort}/`);
      expect((await postPushHook(`http://127.0.0.1:${freshPort}/`)).status).toBe(200);
    } finally {
      occupier.close();
    }
  });

  it('shows malformed JSON exactly as received, with the parse error in words', async () => {
    const page = await openInspector();
    await fetch(inspector.serve.receiverUrl, {
      method: 'POST',
      headers: { 'X-Gitlab-Event': 'Push Hook', 'Content-Type': 'application/json' },
      body: '{"object_kind": "push",}',
    });
    await rows(page).first().click();
    const detail = page.getByTestId('detail');
    await detail.getByText('This body is not valid JSON, so it is shown as received.').waitFor();
    const editorText = () => monacoText(detail);
    await expect.poll(editorText, { timeout: 10_000 }).toBe('{"object_kind": "push",}');
  });
});
