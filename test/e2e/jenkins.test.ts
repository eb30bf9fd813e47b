/**
 * The Jenkins GitLab-plugin mock in a real Chromium: Compose aimed at `hookbench serve --mock-jenkins-job`'s
 * /project/team/build-app, with the plugin's verdict before the send (warnings) and after it (the answer).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../src/main/core/samples/generate-sample';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { monacoText } from './support/monaco';

const openInspector = useInspectors();
const TOKEN = 'jenkins-e2e-secret';

async function send(page: Page): Promise<void> {
  await page.getByTestId('payload-editor').locator('.view-lines').click();
  await page.keyboard.press('Control+Enter');
}

describe('Compose against the Jenkins mock', () => {
  it('an Issue Hook gets a red 404 with the reason, a Push Hook a green 200 "would build", one without repository a red 500 naming the field', async () => {
    const { page, serve } = await openInspector({
      serveArgs: ['--mock-jenkins-job', 'team/build-app'],
      env: { HOOKBENCH_MOCK_JENKINS_TOKEN: TOKEN },
    });
    await page.getByRole('button', { name: 'Compose' }).click();
    const editor = page.getByTestId('payload-editor');
    await expect.poll(() => monacoText(editor), { timeout: 10_000 }).toContain('"object_kind": "push"');
    await page.locator('input[name=target]').fill(`${serve.receiverUrl}project/team/build-app`);
    await page.locator('input[name=secretToken]').fill(TOKEN);
    const result = page.getByTestId('send-result');
    const chip = result.locator('.status-chip').first();
    const verdict = result.getByTestId('jenkins-verdict');
    const warnings = page.getByTestId('send-warnings');

    await page.getByRole('button', { name: 'Issue Hook', exact: true }).click();
    await expect.poll(() => monacoText(editor)).toContain('"object_kind": "issue"');
    await expect.poll(() => warnings.textContent().catch(() => ''), { timeout: 10_000 }).toContain('Jenkins ignores Issue Hook and answers 404');
    await send(page);
    await expect.poll(() => chip.textContent().catch(() => ''), { timeout: 15_000 }).toBe('404');
    expect(await chip.getAttribute('data-status-class')).toBe('failure');
    await expect.poll(() => verdict.textContent()).toContain('Jenkins ignores Issue Hook and answers 404: GitLab counts this as a failure and disables the hook after 4 in a row');
    expect(await verdict.getAttribute('class')).toContain('answer-note-failed');

    await page.getByRole('button', { name: 'Push Hook', exact: true }).click();
    await expect.poll(() => monacoText(editor)).toContain('"object_kind": "push"');
    await expect.poll(() => warnings.count(), { timeout: 10_000 }).toBe(0);
    await send(page);
    await expect.poll(() => chip.textContent().catch(() => ''), { timeout: 15_000 }).toBe('200');
    expect(await chip.getAttribute('data-status-class')).toBe('success');
    await expect.poll(() => verdict.textContent()).toContain('Jenkins would build team/build-app for refs/heads/main');
    expect(await verdict.getAttribute('class')).toBe('answer-note');

    // The payload pasted over with one that lacks `repository`, as a user trimming a sample would.
    const { repository: _dropped, ...bare } = generateSample('Push Hook').payload;
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(JSON.stringify(bare, null, 2));
    // Monaco closed the first brace and quote as they came: what it added after the payload goes.
    await page.keyboard.press('Shift+Control+End');
    await page.keyboard.press('Delete');
    await expect.poll(() => warnings.textContent().catch(() => ''), { timeout: 10_000 }).toContain(
      'This Push Hook lacks fields the plugin requires: repository.name, repository.git_ssh_url, repository.git_http_url',
    );
    await send(page);
    await expect.poll(() => chip.textContent().catch(() => ''), { timeout: 15_000 }).toBe('500');
    expect(await chip.getAttribute('data-status-class')).toBe('failure');
    await expect.poll(() => verdict.textContent()).toContain('Jenkins would answer 500: this Push Hook has no `repository.name`');
    expect(await verdict.textContent()).toContain('are deprecated keys the plugin still requires');
    await page.screenshot({ path: join(SCREENSHOTS, 'compose-jenkins-mock.png') });

    // Each call to the mock is a delivery whose detail says what Jenkins would have done.
    await page.getByRole('button', { name: 'Inbox', exact: true }).click();
    const captured = page.getByTestId('delivery-row').filter({ hasText: '/project/team/build-app' });
    await expect.poll(() => captured.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await captured.first().click();
    await expect.poll(() => page.getByTestId('detail').getByTestId('jenkins-verdict').textContent().catch(() => ''), { timeout: 10_000 }).toContain(
      'Jenkins would answer 500',
    );
  });
});
