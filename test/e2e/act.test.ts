/**
 * Acting on deliveries in a real Chromium against `hookbench serve`: copy one as curl and run the command, compare
 * two pushes in Monaco's diff editor, delete one and take it back, import HAR files.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-http';
import { useRawCaptureServers } from '../support/raw-capture-server';
import { launchChromium } from './support/chromium';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { monacoText } from './support/monaco';

const run = promisify(execFile);
const openInspector = useInspectors();
const startRawServer = useRawCaptureServers();
const rows = (page: Page) => page.getByTestId('delivery-row');

function pushHead(port: number, ref: string, body: string): string {
  return `POST /hooks/gitlab?project=7 HTTP/1.1
Host: 127.0.0.1:${port}
Content-Type: application/json
User-Agent: GitLab/17.6.0
X-Gitlab-Event: Push Hook
X-Gitlab-Token: e2e-secret-token-0042
X-Gitlab-Event-UUID: 0a6798d6-5ad5-4bb6-a3a5-8f4a6f0f${ref === 'main' ? 'c001' : 'c002'}
Content-Length: ${Buffer.byteLength(body)}
Connection: close
`;
}

async function push(port: number, ref: string): Promise<Buffer> {
  const body = `{"object_kind":"push","ref":"refs/heads/${ref}","message":"it's ready"}`;
  const head = pushHead(port, ref, body);
  await rawRequest(port, head, Buffer.from(body));
  return Buffer.concat([Buffer.from(head.replaceAll('\n', '\r\n') + '\r\n'), Buffer.from(body)]);
}

/** An inspector holding two pushes (main, then feature), the newer one open. */
async function inspectorWithTwoPushes(): Promise<Page> {
  const inspector = await openInspector();
  const { page } = inspector;
  const port = Number(new URL(inspector.serve.receiverUrl).port);
  await push(port, 'main');
  await push(port, 'feature');
  await expect.poll(() => rows(page).count(), { timeout: 5_000 }).toBe(2);
  await rows(page).first().click();
  return page;
}

describe('act on deliveries in a browser', () => {
  it('copies a delivery as curl (C) and the command, run, sends the request byte for byte', async () => {
    const inspector = await openInspector();
    const { page } = inspector;
    const port = Number(new URL(inspector.serve.receiverUrl).port);
    const wire = await push(port, 'main');
    await rows(page).first().click();
    const detail = page.getByTestId('detail');
    // The key is the Copy as control's: it listens once the detail shows it (a key before is no one's).
    await detail.locator('button[title^="Copy this request as"]').waitFor();

    await page.keyboard.press('c');
    const copied = detail.getByTestId('copy-as-text');
    await expect.poll(() => copied.textContent(), { timeout: 10_000 }).toContain('# Secrets are masked: this will not authenticate');
    expect(await copied.textContent()).not.toContain('e2e-secret-token-0042');

    await detail.getByLabel('Show secrets').check();
    await page.keyboard.press('c');
    await expect.poll(() => copied.textContent()).toContain('e2e-secret-token-0042');
    const command = (await copied.textContent()) ?? '';
    const server = await startRawServer();
    await run('sh', ['-c', command.replace(`http://127.0.0.1:${port}/`, `http://127.0.0.1:${server.port}/`)], { timeout: 15_000 });
    expect((await server.request).toString('latin1')).toBe(wire.toString('latin1'));
  });

  it('compares a push with the previous one of its event in a diff editor', async () => {
    const page = await inspectorWithTwoPushes();
    await page.getByRole('button', { name: 'Previous of this event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare delivery 1 with 2' });
    const diff = dialog.getByTestId('diff-view');
    await expect.poll(() => diff.locator('.line-delete, .char-delete').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The right-hand (modified) editor is the second: the newer push.
    const modified = () => diff.locator('.editor.modified');
    await expect.poll(() => monacoText(modified())).toContain('"ref": "refs/heads/feature"');
    expect(await monacoText(diff.locator('.editor.original'))).toContain('"ref": "refs/heads/main"');
    await page.screenshot({ path: join(SCREENSHOTS, 'act-diff.png') });

    await dialog.getByLabel('Hide volatile headers').check();
    await expect.poll(() => monacoText(modified())).not.toContain('X-Gitlab-Event-UUID');
    expect(await monacoText(modified())).toContain('X-Gitlab-Event: Push Hook');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('deletes a delivery with the Delete key and takes it back with Undo, pin and note kept', async () => {
    const page = await inspectorWithTwoPushes();
    const detail = page.getByTestId('detail');
    await detail.getByLabel('Pin').check();
    await detail.getByLabel('Note').fill('the one that broke');
    await detail.getByLabel('Note').press('Enter');
    await expect.poll(() => detail.getByLabel('Pin').isChecked()).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('Delete');
    const undo = page.getByTestId('undo-delete');
    await expect.poll(() => undo.textContent(), { timeout: 5_000 }).toContain('Deleted #2.');
    await expect.poll(() => rows(page).count()).toBe(1);

    await undo.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows(page).count()).toBe(2);
    await expect.poll(() => page.getByTestId('detail').getAttribute('aria-label')).toBe('Delivery 2');
    await expect.poll(() => page.getByTestId('detail').getByLabel('Note').inputValue()).toBe('the one that broke');
    expect(await page.getByTestId('detail').getByLabel('Pin').isChecked()).toBe(true);
  });

  it('imports a HAR file dropped on the window, and one picked with Import…', async () => {
    const inspector = await openInspector();
    const { page } = inspector;
    const har = readFileSync(join(__dirname, '../fixtures/import/mitmproxy.har'), 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'mitmproxy.har', { type: 'application/json' }));
      return data;
    }, har);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.textContent(), { timeout: 5_000 }).toContain('Imported 2 deliveries from mitmproxy.har.');
    await expect.poll(() => rows(page).count()).toBe(2);

    await page.getByLabel('Import file').setInputFiles(join(__dirname, '../fixtures/import/firefox.har'));
    await expect.poll(() => report.textContent()).toContain('Imported 1 delivery from firefox.har. Skipped 1:');
    expect(await report.textContent()).toContain('entry 2: its request body is given only as form params');
    await expect.poll(() => rows(page).count()).toBe(3);
    await rows(page).first().click();
    await expect.poll(() => page.getByTestId('mark-and-delete').textContent()).toContain('Imported from firefox.har');
  });

  it('imports a HAR that Chromium recorded (Playwright recordHar) of a page posting a hook', async () => {
    const server = createServer((request, response) => {
      request.resume();
      response.setHeader('Content-Type', request.method === 'POST' ? 'application/json' : 'text/html');
      response.end(request.method === 'POST' ? '{"ok":true}' : '<title>hook page</title>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const dir = mkdtempSync(join(tmpdir(), 'hookbench-har-'));
    const harPath = join(dir, 'chromium.har');
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
      const recorded = await context.newPage();
      await recorded.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await recorded.evaluate(() =>
        fetch('/hook', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Gitlab-Event': 'Push Hook' }, body: '{"object_kind":"push"}' }),
      );
      await context.close();
    } finally {
      await browser.close();
      server.close();
    }

    const inspector = await openInspector();
    const { page } = inspector;
    await page.getByLabel('Import file').setInputFiles(harPath);
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.textContent(), { timeout: 5_000 }).toContain('Imported 2 deliveries from chromium.har.');
    await expect.poll(() => rows(page).count()).toBe(2);
    await rows(page).first().click();
    await expect.poll(() => page.getByTestId('detail').getAttribute('aria-label')).toBe('Delivery 2');
    expect(await page.getByTestId('detail').textContent()).toContain('Push Hook');
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the query string and a payload= form body as tables, the JSON pretty-printed', async () => {
    const inspector = await openInspector();
    const { page } = inspector;
    const body = `payload=${encodeURIComponent('{"zen":"Keep it logically awesome.","hook_id":7}')}&token=abc`;
    await fetch(`${inspector.serve.receiverUrl}hooks/github?project=42&mode=a%2Fb`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body,
    });
    await rows(page).first().click();
    const query = page.getByTestId('query-table');
    await expect.poll(() => query.textContent(), { timeout: 5_000 }).toContain('a/b');
    expect(await query.textContent()).toContain('project');
    const form = page.getByTestId('form-table');
    await expect.poll(() => form.innerText()).toContain('"zen": "Keep it logically awesome."');
    expect(await form.innerText()).toContain('token');
  });
});
