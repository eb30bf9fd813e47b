/** The inbox of `hookbench serve` shows what another process, `hookbench send`, writes to the same data folder. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useInspectors } from './support/inspector';
import { capturedPush } from './support/seed-deliveries';
import { closedPort } from '../support/local-servers';

const CLI = join(__dirname, '../../out/main/cli.js');
const openInspector = useInspectors();

/** `hookbench send` in its own process, as a user runs it in another terminal; resolves with its exit code. */
function sendFromAnotherTerminal(dataDir: string, to: string): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, 'send', 'Push Hook', '--to', to, '--data-dir', dataDir], {
    stdio: 'ignore',
    env: { ...process.env, HOOKBENCH_DATA_DIR: '', HOOKBENCH_SECRET_KEY: '' },
  });
  return new Promise((resolve) => child.on('exit', resolve));
}

/** The top bar's counts without their spacing, e.g. "4total1red1internalerror". */
const countsText = async (page: Page) => (await page.locator('.counts').textContent())?.replace(/\s+/g, '');
const rowCount = (page: Page) => page.getByTestId('delivery-row').count();

describe('several processes on one data folder, in the browser', () => {
  it("shows a delivery `hookbench send` wrote from another process, and the folder's counts after a reload", async () => {
    const inspector = await openInspector({ seed: [capturedPush({ url: '/seeded', status: 500 })] });
    const { page } = inspector;
    await expect.poll(() => rowCount(page)).toBe(1);

    const refusedTarget = `http://127.0.0.1:${await closedPort()}/jenkins/project/build`;
    expect(await sendFromAnotherTerminal(inspector.dataDir, refusedTarget)).toBe(1);
    const sent = page.getByTestId('delivery-row').filter({ hasText: 'internal error' });
    await sent.first().waitFor({ timeout: 5_000 });
    expect(await sendFromAnotherTerminal(inspector.dataDir, `${inspector.serve.receiverUrl}hooks/gitlab`)).toBe(0);
    // serve's own capture of that send and the send's own row, written by two processes.
    await expect.poll(() => rowCount(page)).toBe(4);
    expect(await countsText(page)).toBe('4total1red1internalerror');
    expect(await page.title()).toBe('Hookbench — 4 deliveries');

    await page.reload();
    await expect.poll(() => rowCount(page)).toBe(4);
    expect(await countsText(page)).toBe('4total1red1internalerror');
    expect(await page.title()).toBe('Hookbench — 4 deliveries');
  });
});
