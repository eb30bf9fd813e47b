/**
 * The Jenkins GitLab-plugin mock in a real Chromium: Compose aimed at `hookbench serve --mock-jenkins-job`'s
 * /project/team/build-app, with the plugin's verdict before the send (warnings) and after it (the answer); a job
 * file's token set in Settings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../src/main/core/samples/generate-sample';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { clickIntoEditor, monacoText } from './support/monaco';

const openInspector = useInspectors();
const TOKEN = 'jenkins-e2e-secret';

async function send(page: Page): Promise<void> {
  await clickIntoEditor(page.getByTestId('payload-editor'));
  await page.keyboard.press('Control+Enter');
}

describe('the Jenkins mock in a browser', () => {
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
    // Send's key works from anywhere on the screen: here after a click on the last answer's text, which takes no focus.
    await result.getByTestId('headers-table').locator('td').first().click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => chip.textContent().catch(() => ''), { timeout: 15_000 }).toBe('200');
    expect(await chip.getAttribute('data-status-class')).toBe('success');
    await expect.poll(() => verdict.textContent()).toContain('Jenkins would build team/build-app for refs/heads/main');
    expect(await verdict.getAttribute('class')).toBe('answer-note');

    // The payload pasted over with one that lacks `repository`, as a user trimming a sample would.
    const { repository: _dropped, ...bare } = generateSample('Push Hook').payload;
    await clickIntoEditor(editor);
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

  it('a job kept as a file gets its secret token in Settings, and the mock checks it at once', async () => {
    const { page, serve } = await openInspector({
      prepare: (dataDir) => {
        mkdirSync(join(dataDir, 'samples', 'jenkins'), { recursive: true });
        writeFileSync(join(dataDir, 'samples', 'jenkins', 'app.json'), JSON.stringify({ job: 'team/app', branchFilter: { include: 'main' } }));
      },
    });
    const push = (token: string) =>
      fetch(`${serve.receiverUrl}project/team/app`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Gitlab-Event': 'Push Hook', 'X-Gitlab-Token': token },
        body: JSON.stringify(generateSample('Push Hook').payload),
      });
    // No token yet: the job answers anonymous calls as the authenticated /project end-point does.
    expect((await push('file-job-token')).status).toBe(403);
    await page.getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Jenkins mock jobs' });
    await section.locator('input[name=jenkinsJob]').fill('team/app');
    await section.getByLabel('New secret token of team/app').fill('file-job-token');
    await section.getByRole('button', { name: 'Set' }).click();
    await expect.poll(() => section.getByRole('button', { name: 'Reveal the secret token of team/app' }).count(), { timeout: 10_000 }).toBe(1);
    const answered = await push('file-job-token');
    expect([answered.status, answered.headers.get('x-hookbench-verdict')]).toEqual([200, 'Jenkins would build team/app for refs/heads/main']);
    expect((await push('another')).status).toBe(401);
  });
});
