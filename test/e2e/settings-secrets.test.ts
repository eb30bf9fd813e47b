/**
 * The receiver's tokens as a user sets them: `hookbench serve` with HOOKBENCH_SECRET_KEY in a real Chromium,
 * Settings → Receiver verification, and deliveries sent to the real receiver judged by what was just set.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';

const openInspector = useInspectors();
const TOKEN = 'e2e-secret-token-4321';

const secretGroup = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true });

async function setSecret(group: Locator, value: string): Promise<void> {
  await group.locator('input[type="password"]').fill(value);
  await group.getByRole('button', { name: 'Set', exact: true }).click();
}

describe('Settings → Receiver verification, through hookbench serve', () => {
  it('sets, reveals and clears the secret token, and the next delivery is judged by it', async () => {
    const { page, serve } = await openInspector({ env: { HOOKBENCH_SECRET_KEY: 'e2e passphrase' } });
    await page.getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('form', { name: 'Receiver verification' });
    expect(await section.getByTestId('secrets-storage').textContent()).toContain('kept encrypted in secrets.json');

    const secretToken = secretGroup(page, 'Secret token');
    expect(await secretToken.textContent()).toContain('Not set');
    await setSecret(secretToken, TOKEN);
    const shown = secretToken.getByRole('button', { name: 'Reveal the secret token' });
    await expect.poll(() => shown.textContent()).toBe('••••••4321');
    // The secretsChanged event can show the new hint before setSecret's own answer clears the field, so the
    // field is awaited on its own rather than read the moment the hint appears.
    await expect.poll(() => secretToken.locator('input[type="password"]').inputValue()).toBe('');
    await shown.click();
    await expect.poll(() => secretToken.getByRole('button', { name: 'Hide the secret token' }).textContent()).toBe(TOKEN);
    await secretToken.getByRole('button', { name: 'Hide the secret token' }).click();

    await section.getByText('Reject invalid').click();
    await expect.poll(() => section.getByRole('checkbox').isChecked()).toBe(true);
    await section.getByRole('button', { name: 'Save verification settings' }).click();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const send = (token: string) =>
      fetch(serve.receiverUrl, { method: 'POST', headers: { 'X-Gitlab-Token': token }, body: '{}' }).then((r) => r.status);
    expect(await send('guess')).toBe(401);
    expect(await send(TOKEN)).toBe(200);

    const signingToken = secretGroup(page, 'Signing token');
    await setSecret(signingToken, 'not-a-signing-token');
    await expect.poll(() => signingToken.locator('.field-error').textContent()).toContain('starts with "whsec_"');
    expect(await signingToken.textContent()).toContain('Not set');
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-verification.png'), fullPage: true });

    await secretToken.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => secretToken.textContent()).toContain('Not set');
    expect(await send('guess')).toBe(200);
  });

  it('says secrets last for this session only, and how to keep them, when there is no key', async () => {
    const { page } = await openInspector();
    await page.getByRole('button', { name: 'Settings' }).click();
    const line = page.getByRole('form', { name: 'Receiver verification' }).getByTestId('secrets-storage');
    await expect.poll(() => line.textContent()).toContain('kept for this session only');
    expect(await line.textContent()).toContain('Set HOOKBENCH_SECRET_KEY to a passphrase');
  });
});
