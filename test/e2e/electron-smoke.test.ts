/**
 * The Electron face, driven through Playwright's _electron where the binary exists. On machines where it
 * cannot be downloaded (our build machines) the test is skipped, and says so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinaryPath } from '../../scripts/electron-binary.mjs';

const binary = electronBinaryPath();
if (!binary) console.log('Skipping the Electron smoke test: the Electron binary is not available on this machine.');

describe.skipIf(!binary)('Electron face', () => {
  it('opens the window with the secure bridge and answers contract calls', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-electron-'));
    // Port 0 keeps the smoke test clear of a receiver the developer may be running on 8000.
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ receiver: { port: 0 } }));
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(__dirname, '../../out/main/index.js')],
      env: { ...process.env, HOOKBENCH_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    });
    try {
      const window = await app.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      expect(window.url()).toMatch(/^app:\/\/hookbench\//);
      const page = await window.evaluate(async () => ({
        bridgeKeys: Object.keys((window as any).hookbench ?? {}).sort(),
        nodeVisible: typeof (globalThis as any).require !== 'undefined' || typeof (globalThis as any).process !== 'undefined',
        counts: (await (window as any).hookbench.call('getCounts')).result,
        storage: (await (window as any).hookbench.call('getStorageState')).result,
      }));
      expect(page.bridgeKeys).toEqual(['call', 'on']);
      expect(page.nodeVisible).toBe(false);
      expect(page.counts).toEqual({ total: 0, failures: 0, internalErrors: 0 });
      expect(page.storage).toMatchObject({ dataDir, persistent: true });
      const csp = await window.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')));
      expect(csp).toContain("script-src 'self'");
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
