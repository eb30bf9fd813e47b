/**
 * Triggers as a user meets them: `hookbench serve` with a mock trigger token, so the receiver answers GitLab's
 * pipeline trigger API; a GitLab preset filled in, previewed as curl, sent, saved, and sent again with a broken token.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';

const openInspector = useInspectors();
const MOCK_TOKEN = 'glptt-e2e-mock-token-7f3a';

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const curlPreview = (page: Page) => page.getByTestId('curl-preview').textContent();
const explanation = (page: Page) => page.getByTestId('trigger-explanation').textContent();
const resultChip = (page: Page) => page.getByTestId('trigger-result').locator('.status-chip').first().textContent();

describe('Triggers in a browser, against the local GitLab trigger mock', () => {
  it('previews a GitLab trigger as curl, gets 201 with the pipeline id, then a 404 explained for a wrong token', async () => {
    const { page, serve } = await openInspector({
      serveArgs: ['--mock-trigger-token', MOCK_TOKEN],
      env: { HOOKBENCH_SECRET_KEY: 'e2e passphrase' },
    });
    await screens(page).getByRole('button', { name: 'Triggers' }).click();
    await page.getByRole('button', { name: 'New GitLab pipeline trigger' }).click();

    await page.locator('input[name=name]').fill('Nightly deploy');
    await page.locator('input[name=baseUrl]').fill(serve.receiverUrl.replace(/\/$/, ''));
    await page.locator('input[name=project]').fill('group/app');
    await page.locator('input[name=ref]').fill('release/1.2');
    await page.locator('input[name=token]').fill(MOCK_TOKEN);
    await page.getByRole('button', { name: 'Add variable' }).click();
    await page.getByLabel('Variable 1 key').fill('DEPLOY_TO');
    await page.getByLabel('Variable 1 value').fill('staging');

    await expect.poll(() => curlPreview(page)).toContain('variables[DEPLOY_TO]=staging');
    const masked = await curlPreview(page);
    expect(masked).toContain('/api/v4/projects/group%2Fapp/trigger/pipeline');
    expect(masked).not.toContain(MOCK_TOKEN);
    await page.getByRole('button', { name: 'Reveal secrets' }).click();
    await expect.poll(() => curlPreview(page)).toContain(MOCK_TOKEN);
    await page.getByRole('button', { name: 'Mask secrets' }).click();
    await expect.poll(() => curlPreview(page)).not.toContain(MOCK_TOKEN);

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => resultChip(page)).toBe('201');
    expect(await explanation(page)).toMatch(/Pipeline #\d+/);
    expect(await explanation(page)).toContain('release/1.2');
    await page.screenshot({ path: join(SCREENSHOTS, 'triggers.png') });

    await page.locator('label.switch', { hasText: 'Run on' }).click();
    expect(await page.getByTestId('next-run').textContent()).toContain('Save the preset to schedule it');
    await page.getByRole('button', { name: 'Save preset' }).click();
    await page.getByRole('button', { name: /Nightly deploy/ }).waitFor();
    expect(await page.getByText(/Saved, encrypted/).count()).toBe(1);
    await expect.poll(() => page.getByTestId('next-run').textContent()).toMatch(/^Next run /);

    await page.locator('input[name=token]').fill('glptt-not-the-right-one');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => resultChip(page)).toBe('404');
    expect(await explanation(page)).toMatch(/token/i);

    await screens(page).getByRole('button', { name: 'Inbox' }).click();
    const rows = page.getByTestId('delivery-row');
    // Each trigger call is two deliveries: the one sent, and the one the receiver's mock captured.
    await expect.poll(() => rows.count()).toBe(4);
    // Named by what they are, the calls sent and the calls the mock received alike.
    expect(await rows.locator('.event-name').allTextContents()).toEqual(Array(4).fill('GitLab trigger'));
    // The Inbox explains a stored trigger call as the Triggers screen did.
    await rows.first().click();
    await expect.poll(() => page.getByTestId('detail').getByTestId('trigger-explanation').textContent().catch(() => '')).toMatch(/token/i);
    const actions = page.getByRole('toolbar', { name: 'Actions on this delivery' });
    expect(await actions.getByRole('button', { name: 'Replay', exact: true }).isDisabled()).toBe(true);
    expect(await actions.getByRole('button', { name: 'Edit and resend' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('not-resendable').textContent()).toContain('send its preset again from Triggers');
    expect(await page.locator('body').textContent()).not.toContain(MOCK_TOKEN);
  });

  it('tries an unnamed Jenkins plugin preset: labels in its refusals, a folded payload, and the answer in view after Send', async () => {
    const { page, serve } = await openInspector();
    await page.setViewportSize({ width: 1280, height: 800 });
    await screens(page).getByRole('button', { name: 'Triggers' }).click();
    await page.getByRole('button', { name: 'New Jenkins GitLab plugin' }).click();
    await page.locator('input[name=baseUrl]').fill(serve.receiverUrl.replace(/\/$/, ''));
    const problem = page.locator('.request-preview .body-note');
    await expect.poll(() => problem.textContent().catch(() => '')).toMatch(/^Not ready to send: Job must be the Jenkins job's name/);

    await page.locator('input[name=jobPath]').fill('team/web');
    await page.locator('input[name=token]').fill('plugin-secret-1');
    await expect.poll(() => curlPreview(page)).toContain('/project/team/web');
    const fold = page.getByRole('button', { name: /^Show the whole request \(\d+ more lines\)$/ });
    await fold.waitFor();
    expect(await curlPreview(page)).not.toContain('"repository"');

    // Nameless, as first tries are: the preset is sent without being saved or named.
    expect(await page.locator('input[name=name]').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => resultChip(page), { timeout: 10_000 }).toBe('200');
    const chip = page.getByTestId('trigger-result').locator('.status-chip').first();
    const box = (await chip.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'triggers-jenkins-plugin.png') });

    await fold.click();
    await expect.poll(() => curlPreview(page)).toContain('"repository"');
    await page.getByRole('button', { name: 'Save preset' }).click();
    await expect.poll(() => page.getByTestId('trigger-result').textContent()).toContain('Not saved: Name must be a name for the preset');
  });
});
