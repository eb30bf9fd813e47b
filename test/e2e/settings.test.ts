/**
 * Settings in a real Chromium: a port in use is refused in words and the receiver stays where it listens; every section
 * the README promises is there and saves the same way; a token given on the command line shows as the one in force.
 */
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';

const openInspector = useInspectors();

describe('Settings, through hookbench serve', () => {
  let blocker: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    blocker = undefined;
  });

  it('refuses a port in use in words, and the receiver keeps listening where it was', async () => {
    const { page, serve } = await openInspector();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;

    await page.getByRole('button', { name: 'Settings' }).click();
    const form = page.getByRole('form', { name: 'Receiver settings' });
    await form.locator('input[name="port"]').fill(String(taken));
    await form.getByRole('button', { name: 'Save receiver settings' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      `Not saved: Port ${taken} is in use by another program. Pick another port in Settings, or run with --port ${taken + 1}. Nothing changed: the receiver keeps listening on ${serve.receiverUrl}.`,
    );
    expect(await page.getByTestId('receiver-pill').textContent()).toContain(`Listening on ${serve.receiverUrl}`);
    expect((await fetch(`${serve.receiverUrl}still-here`, { method: 'POST', body: '{}' })).status).toBe(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-port-in-use.png') });
  });

  it('shows and saves Sending and Samples like every other section, and the values hold after a reload', async () => {
    const { page } = await openInspector();
    await page.getByRole('button', { name: 'Settings' }).click();
    const sending = page.getByRole('form', { name: 'Sending settings' });
    expect(await sending.locator('input[name="gitlabUrl"]').inputValue()).toBe('https://gitlab.example.com');
    expect(await sending.locator('input[name="gitlabVersion"]').inputValue()).toBe('19.1.0');
    expect(await sending.locator('input[name="timeoutSeconds"]').inputValue()).toBe('10');
    expect(await sending.locator('input[name="verifyTls"]').isChecked()).toBe(true);

    await sending.locator('input[name="timeoutSeconds"]').fill('ten');
    await sending.getByRole('button', { name: 'Save sending settings' }).click();
    expect(await sending.locator('.field-error').textContent()).toContain('Timeout must be a number of seconds');
    await sending.locator('input[name="gitlabUrl"]').fill('https://gitlab.internal.test');
    await sending.locator('input[name="timeoutSeconds"]').fill('2.5');
    await sending.locator('input[name="verifyTls"]').uncheck();
    await sending.getByRole('button', { name: 'Save sending settings' }).click();
    await sending.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const samples = page.getByRole('form', { name: 'Samples settings' });
    await samples.locator('input[name="samplesFolder"]').fill('/tmp/hookbench-e2e-samples-folder');
    await samples.getByRole('button', { name: 'Save samples settings' }).click();
    await samples.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    // Every section has the same Save and the same answer, Appearance included.
    for (const name of ['Receiver settings', 'Receiver verification', 'Sending settings', 'Storage settings', 'Samples settings', 'Appearance settings']) {
      expect(await page.getByRole('form', { name }).getByRole('button', { name: /^Save / }).count(), name).toBe(1);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-sending.png'), fullPage: true });

    await page.reload();
    await page.getByRole('button', { name: 'Settings' }).click();
    const reloaded = page.getByRole('form', { name: 'Sending settings' });
    await expect.poll(() => reloaded.locator('input[name="gitlabUrl"]').inputValue()).toBe('https://gitlab.internal.test');
    expect(await reloaded.locator('input[name="timeoutSeconds"]').inputValue()).toBe('2.5');
    expect(await reloaded.locator('input[name="verifyTls"]').isChecked()).toBe(false);
    expect(await page.locator('input[name="samplesFolder"]').inputValue()).toBe('/tmp/hookbench-e2e-samples-folder');
  });

  it('shows the mock trigger token as active when serve was given --mock-trigger-token', async () => {
    const { page } = await openInspector({ serveArgs: ['--mock-trigger-token', 'glptt-from-the-flag'] });
    await page.getByRole('button', { name: 'Settings' }).click();
    const mock = page.getByRole('group', { name: 'Mock trigger token', exact: true });
    await expect.poll(() => mock.getByTestId('secret-from-run').textContent().catch(() => null)).toContain(
      'Active for this run: given with --mock-trigger-token',
    );
    expect(await mock.textContent()).not.toContain('Not set');
    expect(await page.getByRole('group', { name: 'Secret token', exact: true }).textContent()).toContain('Not set');
  });
});
