/**
 * Saved samples and the first-run sample as a user meets them: `hookbench serve` in a real Chromium, a sample
 * saved from Compose into the samples folder, the folder edited on disk behind the app's back, and the sample
 * opened again in Compose; and the empty Inbox's button that makes the first row appear.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { monacoText } from './support/monaco';

const openInspector = useInspectors();

const previewValue = (page: Page, name: string) =>
  page.getByTestId('headers-preview').locator('tr', { has: page.locator(`th:text-is("${name}")`) }).locator('td').first().textContent();

describe('saved samples in a browser, through hookbench serve', () => {
  it('saves a sample from Compose, lists it in Samples, follows an edit on disk, and opens it in Compose', async () => {
    const inspector = await openInspector();
    const { page } = inspector;
    await page.getByRole('button', { name: 'Compose' }).click();
    const editor = page.getByTestId('payload-editor');
    await expect.poll(() => monacoText(editor), { timeout: 10_000 }).toContain('"object_kind": "push"');

    // The headers the send will carry, before sending: the secret masked, and User-Agent edited into a custom header.
    await page.locator('input[name=secretToken]').fill('a-longer-secret-token-9876');
    await expect.poll(() => previewValue(page, 'X-Gitlab-Token').catch(() => ''), { timeout: 5_000 }).toBe('••••••9876');
    expect(await previewValue(page, 'X-Gitlab-Event')).toBe('Push Hook');
    await page.getByRole('button', { name: 'Edit User-Agent' }).click();
    expect(await page.getByLabel('Header 1 name').inputValue()).toBe('User-Agent');
    await page.getByLabel('Header 1 value').fill('GitLab/16.11.0');
    await expect.poll(() => previewValue(page, 'User-Agent')).toBe('GitLab/16.11.0');
    expect(await page.getByTestId('headers-preview').locator('th', { hasText: 'User-Agent' }).count()).toBe(1);

    const saveForm = page.getByRole('form', { name: 'Save as sample' });
    await page.getByRole('button', { name: 'Save as sample' }).click();
    expect(await saveForm.getByLabel('Sample name').inputValue()).toBe('Push Hook Push to the default branch');
    await saveForm.getByLabel('Sample name').fill('Push to main');
    await saveForm.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved as' }).textContent().catch(() => '')).toContain(
      'Saved as push-to-main.json',
    );
    expect(await page.getByTestId('opened-sample').textContent()).toContain('Push to main');

    // The same name again: the file exists, and is replaced only when the user says so.
    await saveForm.getByRole('button', { name: 'Save', exact: true }).click();
    const exists = page.getByRole('alert').filter({ hasText: 'already exists' });
    await exists.waitFor();
    await exists.getByRole('button', { name: 'Overwrite' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as push-to-main.json' }).waitFor();

    await page.getByRole('button', { name: 'Samples', exact: true }).click();
    const group = page.getByRole('region', { name: 'Push Hook' });
    const entry = group.getByTestId('sample-entry');
    await expect.poll(() => entry.textContent().catch(() => '')).toContain('Push to main');
    expect(await entry.textContent()).toContain('Push to the default branch');
    expect(await entry.textContent()).toContain('just now');
    const folder = (await page.getByTestId('samples-folder').locator('code').textContent()) ?? '';

    // Edited behind the app's back, as a teammate's git pull would: the list follows.
    const file = join(folder, 'push-to-main.json');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ name: 'Push to main', event: 'Push Hook', headers: [['User-Agent', 'GitLab/16.11.0']] });
    writeFileSync(file, JSON.stringify({ ...saved, name: 'Push to release', payload: { ...saved.payload, ref: 'refs/heads/release' } }));
    writeFileSync(join(folder, 'notes.json'), '["not a sample"]');
    await expect.poll(() => entry.textContent(), { timeout: 5_000 }).toContain('Push to release');
    const unreadable = page.getByRole('region', { name: 'Unreadable files' });
    expect(await unreadable.textContent()).toContain('notes.json');
    expect(await unreadable.textContent()).toContain('Not a sample: the file must hold an object');
    await page.screenshot({ path: join(SCREENSHOTS, 'samples.png') });

    await entry.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('opened-sample').textContent().catch(() => '')).toContain('Push to release');
    await expect.poll(() => monacoText(editor), { timeout: 10_000 }).toContain('"ref": "refs/heads/release"');
    expect(await page.locator('.payload-header').textContent()).toContain('X-Gitlab-Event: Push Hook');
    expect(await page.getByLabel('Header 1 value').inputValue()).toBe('GitLab/16.11.0');
    await page.screenshot({ path: join(SCREENSHOTS, 'compose-saved-sample.png') });
  });

  it('sends a sample Push Hook from the empty Inbox, and the first green row appears', async () => {
    const { page } = await openInspector();
    await page.getByTestId('empty-inbox').waitFor();
    await page.getByRole('button', { name: 'Send a sample Push Hook to the receiver' }).click();
    const rows = page.getByTestId('delivery-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    for (const row of await rows.all()) {
      expect(await row.locator('.event-name').textContent()).toBe('Push Hook');
      const chip = row.locator('.status-chip').first();
      expect(await chip.textContent()).toBe('200');
      expect(await chip.getAttribute('data-status-class')).toBe('success');
    }
    const origins = await rows.locator('.origin-mark').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label')));
    expect(origins.sort()).toEqual(['Received by the receiver', 'Sent sample']);
  });
});
