/**
 * Routes as a user meets them: a forwarding route made in the Routes screen, a GitLab hook posted with curl,
 * the pair shown as one row with both legs, the leg opened and replayed; then a failing receiver and
 * GitLab's verdict after 4 failures.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { startTargetReceiver, type TargetReceiver } from './support/target-receiver';

const openInspector = useInspectors();
let target: TargetReceiver | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

const rows = (page: Page) => page.getByTestId('delivery-row');
const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });

/** Async, so the target receiver in this process can answer while curl waits. */
async function curlPushHook(receiverUrl: string, path: string): Promise<string> {
  const { stdout } = await promisify(execFile)('curl', [
    '-s', '-o', '/dev/null', '-w', '%{http_code}', '-X', 'POST', '-H', 'Content-Type: application/json', '-H', 'X-Gitlab-Event: Push Hook',
    '--data', '{"object_kind":"push","ref":"refs/heads/main"}', `${receiverUrl}${path}`,
  ], { encoding: 'utf8' });
  return stdout;
}

describe('Routes in a browser', () => {
  it('forwards a GitLab hook through a route made on the Routes screen, shows the pair as one row, opens and replays the leg', async () => {
    target = await startTargetReceiver();
    const { page, serve } = await openInspector();
    await screens(page).getByRole('button', { name: 'Routes' }).click();
    await page.getByTestId('routes-empty').waitFor();
    const form = page.getByRole('form', { name: 'Route' });
    await form.locator('input[name=name]').fill('GitLab to my receiver');
    await form.locator('input[name=path]').fill('/gitlab/**');
    await form.locator('input[name=url]').fill(target.url);
    await form.getByRole('button', { name: 'Save route' }).click();
    const entry = page.getByTestId('route-entry');
    await expect.poll(() => entry.textContent()).toContain(`POST /gitlab/** → forward to ${target.url}`);

    const tester = page.getByRole('form', { name: 'Test a path' });
    await tester.getByLabel('Test path').fill('/gitlab/push?x=1');
    await tester.getByRole('button', { name: 'Test' }).click();
    await expect.poll(() => page.getByTestId('route-test-result').textContent()).toBe(
      `GitLab to my receiver (gitlab-to-my-receiver.json): forwarded to ${target.url}/push?x=1`,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'routes.png') });

    expect(await curlPushHook(serve.receiverUrl, 'gitlab/push')).toBe('200');
    expect(target.received.map((request) => request.url)).toEqual(['/webhook/push']);
    await screens(page).getByRole('button', { name: 'Inbox' }).click();
    await rows(page).first().waitFor();
    expect(await rows(page).count()).toBe(1);
    await rows(page).first().click();
    const pair = page.getByTestId('forward-pair');
    await expect.poll(() => pair.textContent().catch(() => '')).toMatch(/GitLab got 200 in .+; the receiver at .+\/webhook\/push said 200 in /);
    expect(await pair.getByTestId('gitlab-verdict').textContent()).toContain('GitLab would keep this hook enabled.');
    await page.screenshot({ path: join(SCREENSHOTS, 'forwarded-pair.png') });

    await pair.getByRole('button', { name: /Open the forward leg/ }).click();
    await expect.poll(() => page.getByTestId('forward-pair').textContent().catch(() => '')).toMatch(/The forward leg of captured delivery #\d+/);
    await page.getByRole('toolbar', { name: 'Actions on this delivery' }).getByRole('button', { name: 'Replay', exact: true }).click();
    await expect.poll(() => target?.received.length).toBe(2);
    expect(target.received[1].url).toBe('/webhook/push');
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await rows(page).first().locator('.origin-mark').getAttribute('aria-label')).toBe('Replay');
  });

  it('shows GitLab\'s verdict in words after 4 failed forwards', async () => {
    target = await startTargetReceiver();
    target.answerWith(500, '{"error":"boom"}');
    const { page, serve } = await openInspector({ serveArgs: ['--forward', target.url.replace(/\/webhook$/, '')] });
    for (let i = 0; i < 4; i++) expect(await curlPushHook(serve.receiverUrl, 'webhook')).toBe('500');
    await expect.poll(() => rows(page).count()).toBe(4);
    await rows(page).first().click();
    const verdict = page.getByTestId('forward-pair').getByTestId('gitlab-verdict');
    await expect.poll(() => verdict.textContent().catch(() => '')).toMatch(
      /^GitLab would have disabled this hook at \d\d:\d\d after 4 failures; it would try again at \d\d:\d\d\./,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'forwarded-pair-disabled.png') });
  });

  it('starts cloudflared from the guide when it is on PATH and shows the public URL it printed', async () => {
    // A stand-in printing what the real cloudflared prints: the real one cannot be installed here.
    const bin = mkdtempSync(join(tmpdir(), 'hookbench-fake-bin-'));
    writeFileSync(join(bin, 'cloudflared'), `#!/bin/sh
echo "2026-12-01T14:02:01Z INF |  Your quick Tunnel has been created! Visit it at (it may take some time to be reachable):  |" >&2
echo "2026-12-01T14:02:01Z INF |  https://seasonal-deck-organisms-sf.trycloudflare.com                                      |" >&2
exec /bin/sleep 60
`);
    chmodSync(join(bin, 'cloudflared'), 0o755);
    try {
      const { page, serve } = await openInspector({ env: { PATH: `${bin}:${process.env.PATH}` } });
      const port = new URL(serve.receiverUrl).port;
      await page.getByRole('button', { name: /How to get its hooks here/ }).click();
      const guide = page.getByTestId('tunnel-guide');
      await expect.poll(() => guide.textContent()).toContain(`cloudflared tunnel --url http://localhost:${port}`);
      expect(await guide.textContent()).toContain(`ssh -o StrictHostKeyChecking=accept-new -R 80:localhost:${port} nokey@localhost.run`);
      await guide.getByRole('button', { name: 'Start cloudflared' }).click();
      await expect.poll(() => page.getByTestId('tunnel-url').textContent().catch(() => '')).toContain('https://seasonal-deck-organisms-sf.trycloudflare.com');
      await page.screenshot({ path: join(SCREENSHOTS, 'tunnel-guide.png') });
      await page.getByTestId('tunnel-url').getByRole('button', { name: 'Stop' }).click();
      await expect.poll(() => page.getByTestId('tunnel-url').count()).toBe(0);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
