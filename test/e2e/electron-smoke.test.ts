/**
 * The desktop app as a user starts it, driven through Playwright's _electron where the binary exists: the window
 * opens on the inbox, a hook sent to the receiver shows as a row, and a Copy button really fills the clipboard.
 * The binary is fetched first only when asked (HOOKBENCH_FETCH_ELECTRON=1), never by surprise inside `npm test`;
 * on Linux without a display it runs under xvfb-run. Otherwise it is skipped, saying why.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinaryPath, electronPackageDir } from '../../scripts/electron-binary.mjs';
import { runElectronInstaller } from '../../scripts/electron-install.mjs';

async function binaryOrReason(): Promise<{ binary: string } | { skip: string }> {
  const present = electronBinaryPath();
  if (present) return { binary: present };
  if (process.env.HOOKBENCH_FETCH_ELECTRON !== '1') {
    return { skip: 'the Electron binary is not on this machine; set HOOKBENCH_FETCH_ELECTRON=1 to download it (about 100 MB) first' };
  }
  const electronDir = electronPackageDir();
  if (!electronDir) return { skip: 'the electron package is not installed (npm install)' };
  const installed = await runElectronInstaller(electronDir, { timeoutMs: 10 * 60_000 });
  const fetched = electronBinaryPath();
  if (!installed.ok || !fetched) return { skip: `HOOKBENCH_FETCH_ELECTRON=1 but the download failed: ${installed.ok ? 'no binary after installing' : installed.error}` };
  return { binary: fetched };
}

const hasCommand = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Playwright puts its own flags first, so xvfb-run cannot be the executable itself: a one-line wrapper runs the
 * binary under it with whatever arguments come.
 */
function launcherFor(binary: string, scratch: string): { executable: string } | { skip: string } {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return { executable: binary };
  if (!hasCommand('xvfb-run')) return { skip: 'Linux without a display and without xvfb-run (apt-get install xvfb)' };
  const wrapper = join(scratch, 'electron-under-xvfb');
  writeFileSync(wrapper, `#!/bin/sh\nexec xvfb-run -a -s "-screen 0 1280x800x24" ${JSON.stringify(binary)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return { executable: wrapper };
}

const scratch = mkdtempSync(join(tmpdir(), 'hookbench-electron-'));
const found = await binaryOrReason();
const launcher = 'binary' in found ? launcherFor(found.binary, scratch) : found;
const skipReason = 'skip' in launcher ? launcher.skip : null;
if (skipReason) console.log(`Skipping the Electron smoke test: ${skipReason}.`);

describe.skipIf(skipReason !== null)('the desktop app', () => {
  it('opens the inbox, shows a hook sent to the receiver, and copies a header value to the clipboard', async () => {
    const dataDir = join(scratch, 'data');
    mkdirSync(dataDir);
    // Port 0 keeps the smoke test clear of a receiver the developer may be running on 8000.
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ receiver: { port: 0 } }));
    const { ELECTRON_RENDERER_URL: _devServer, ...env } = process.env;
    const app = await electron.launch({
      executablePath: (launcher as { executable: string }).executable,
      args: [join(__dirname, '../../out/main/index.js')],
      env: { ...env, HOOKBENCH_DATA_DIR: dataDir },
      timeout: 60_000,
    });
    try {
      const window = await app.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      expect(window.url()).toMatch(/^app:\/\/hookbench\//);
      const page = await window.evaluate(async () => ({
        bridgeKeys: Object.keys((window as any).hookbench ?? {}).sort(),
        nodeVisible: typeof (globalThis as any).require !== 'undefined' || typeof (globalThis as any).process !== 'undefined',
        storage: (await (window as any).hookbench.call('getStorageState')).result,
      }));
      expect(page.bridgeKeys).toEqual(['call', 'desktop', 'on']);
      expect(page.nodeVisible).toBe(false);
      expect(page.storage).toMatchObject({ dataDir, status: 'ok' });
      // The core answers from its own utility process, not from the window's main process.
      expect(await app.evaluate(({ app }) => app.getAppMetrics().map((metric) => metric.name))).toContain('Hookbench core');

      const empty = window.getByTestId('empty-inbox');
      await empty.waitFor({ timeout: 30_000 });
      const receiverUrl = await window.evaluate(async () => ((await (window as any).hookbench.call('getReceiverState')).result as { url: string | null }).url);
      expect(receiverUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

      const sent = await fetch(`${receiverUrl}hooks/gitlab`, {
        method: 'POST',
        headers: { 'X-Gitlab-Event': 'Push Hook', 'Content-Type': 'application/json', 'X-Gitlab-Token': 'smoke-token-41066' },
        body: JSON.stringify({ object_kind: 'push', ref: 'refs/heads/main' }),
      });
      expect(sent.status).toBe(200);
      const row = window.getByTestId('delivery-row').first();
      await row.waitFor({ timeout: 10_000 });
      expect(await row.locator('.event-name').textContent()).toBe('Push Hook');

      await row.click();
      const copy = window.getByTitle('Copy the value of X-Gitlab-Token').first();
      await copy.click();
      await expect.poll(() => copy.textContent()).toBe('Copied');
      expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe('smoke-token-41066');
    } finally {
      await app.close();
    }
  });
});

process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
