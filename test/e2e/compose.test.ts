/**
 * Compose and replay as a user meets them: `hookbench serve` in a real Chromium, a sample edited in Monaco
 * against its schema and sent to a receiver under development (a small server on 127.0.0.1), and a
 * captured hook replayed to it, the replay linked to its parent.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors, type Inspector } from './support/inspector';
import { clickIntoEditor, monacoText } from './support/monaco';
import { startTargetReceiver, type TargetReceiver } from './support/target-receiver';

const openInspector = useInspectors();
let inspector: Inspector;
let target: TargetReceiver;

afterEach(async () => {
  await target.close();
});

const rows = (page: Page) => page.getByTestId('delivery-row');
const chipOf = (scope: Locator) => scope.locator('.status-chip').first();

/** Replaces the payload's second line, where every generated sample keeps object_kind. */
async function replaceSecondLine(page: Page, text: string): Promise<void> {
  await clickIntoEditor(page.getByTestId('payload-editor'));
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  // insertText, not type: Monaco's auto-closing quotes would double what a keystroke-by-keystroke typist writes.
  await page.keyboard.insertText(text);
}

describe('Compose and replay in a browser, through hookbench serve', () => {
  it('edits a Merge Request Hook against its schema, sends it to the receiver, and shows the answer', async () => {
    inspector = await openInspector();
    target = await startTargetReceiver();
    const { page } = inspector;
    await page.getByRole('button', { name: 'Compose' }).click();
    const editor = page.getByTestId('payload-editor');
    await expect.poll(() => monacoText(editor), { timeout: 10_000 }).toContain('"object_kind": "push"');

    await page.getByRole('button', { name: 'Merge Request Hook', exact: true }).click();
    await page.getByRole('button', { name: 'Merged', exact: true }).click();
    await expect.poll(() => monacoText(editor)).toContain('"object_kind": "merge_request"');

    // At 1280×800 the editor fills the centre column down to its padding and one gap (34 px), not a fixed part of it.
    await page.setViewportSize({ width: 1280, height: 800 });
    const column = page.locator('.compose-centre');
    await expect.poll(async () => {
      const [editorBox, columnBox] = [await editor.boundingBox(), await column.boundingBox()];
      return editorBox && columnBox ? Math.round(columnBox.y + columnBox.height - (editorBox.y + editorBox.height)) : -1;
    }).toBeLessThanOrEqual(40);
    await page.screenshot({ path: join(SCREENSHOTS, 'compose-1280x800.png') });
    expect(await page.getByRole('button', { name: 'Merged', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.payload-header').textContent()).toContain('X-Gitlab-Event: Merge Request Hook');

    await replaceSecondLine(page, '"object_kind": 42,');
    const problems = page.getByTestId('payload-problems');
    await expect.poll(() => problems.textContent().catch(() => ''), { timeout: 10_000 }).toContain(
      'Line 2: Incorrect type. Expected "string".',
    );
    await editor.locator('.squiggly-error').first().waitFor();
    expect(await page.getByTestId('object-kind-check').textContent()).toContain(
      'object_kind should be the string "merge_request" for "Merge Request Hook"',
    );

    await replaceSecondLine(page, '"object_kind": "merge_request", "x_note": "<b> & co", "x_id": 12345678901234567890,');
    await expect.poll(() => problems.count()).toBe(0);
    expect(await page.getByTestId('object-kind-check').count()).toBe(0);

    // X-Gitlab-Instance follows the sample context's GitLab URL, in the preview and on the wire.
    await page.getByText('Sample context', { exact: true }).click();
    await page.locator('input[name=context-gitlabUrl]').fill('https://gitlab.acme.test');
    const instanceCell = page.getByTestId('headers-preview').locator('tr', { hasText: 'X-Gitlab-Instance' }).locator('td').first();
    await expect.poll(() => instanceCell.textContent()).toBe('https://gitlab.acme.test');
    await page.locator('input[name=target]').fill(target.url);
    await page.locator('input[name=secretToken]').fill('s3cret');
    expect(await page.locator('input[name=secretToken]').getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Add header' }).click();
    await page.getByLabel('Header 1 name').fill('X-Team');
    await page.getByLabel('Header 1 value').fill('hooks');
    // Ctrl+Enter sends from inside the editor, where Monaco would otherwise insert a line.
    await clickIntoEditor(editor);
    await page.keyboard.press('Control+Enter');

    const result = page.getByTestId('send-result');
    await expect.poll(() => chipOf(result).textContent().catch(() => ''), { timeout: 15_000 }).toBe('200');
    expect(await chipOf(result).getAttribute('data-status-class')).toBe('success');
    expect(await result.getByTestId('headers-table').locator('th').allTextContents()).toContain('X-Receiver');
    await expect.poll(() => monacoText(result), { timeout: 10_000 }).toContain('"ok": true');
    await page.screenshot({ path: join(SCREENSHOTS, 'compose.png') });

    expect(target.received).toHaveLength(1);
    const [request] = target.received;
    // GitLab's bytes: compact, <>& escaped as to_json does, the big number as typed.
    expect(request.body).not.toContain('\n');
    expect(request.body).toMatch(/^\{"object_kind":"merge_request","x_note":"\\u003cb\\u003e \\u0026 co","x_id":12345678901234567890,"event_type":/);
    // The preview showed the ids that went.
    const preview = Object.fromEntries(
      await page.getByTestId('headers-preview').locator('tr').evaluateAll((rows) =>
        rows.map((row) => [row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? '']),
      ),
    );
    for (const name of ['Idempotency-Key', 'X-Gitlab-Webhook-UUID', 'X-Gitlab-Event-UUID', 'webhook-timestamp']) {
      expect(request.headers[name.toLowerCase()]).toBe(preview[name]);
    }
    expect(request.headers['x-gitlab-event']).toBe('Merge Request Hook');
    expect(request.headers['x-gitlab-instance']).toBe('https://gitlab.acme.test');
    expect(request.headers['x-gitlab-token']).toBe('s3cret');
    expect(request.headers['x-team']).toBe('hooks');
    expect(JSON.parse(request.body)).toMatchObject({ object_kind: 'merge_request', object_attributes: { action: 'merge' } });

    await page.getByRole('button', { name: 'Inbox', exact: true }).click();
    const row = rows(page).first();
    await row.waitFor();
    expect(await chipOf(row).textContent()).toBe('200');
    expect(await row.locator('.event-name').textContent()).toBe('Merge Request Hook');
    expect(await row.locator('.origin-mark').getAttribute('aria-label')).toBe('Sent sample');
  });

  it('replays a captured hook to a receiver answering 500, linked both ways, and R and E act on it', async () => {
    inspector = await openInspector();
    target = await startTargetReceiver();
    target.answerWith(500, '{"error":"boom"}');
    const { page, serve } = inspector;
    const posted = await fetch(serve.receiverUrl + 'hooks/gitlab', {
      method: 'POST',
      headers: { 'X-Gitlab-Event': 'Push Hook', 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1' },
      body: JSON.stringify({ object_kind: 'push', ref: 'refs/heads/main' }),
    });
    expect(posted.status).toBe(200);
    await rows(page).first().click();
    const detail = page.getByTestId('detail');
    await expect.poll(() => detail.getByTestId('detail-summary').textContent()).toContain('/hooks/gitlab');

    await detail.getByRole('button', { name: 'Replay to…' }).click();
    const replayTo = detail.getByRole('form', { name: 'Replay to another URL' });
    await replayTo.getByLabel('Replay to URL').fill(target.url);
    await replayTo.getByRole('button', { name: 'Replay' }).click();

    await expect.poll(() => rows(page).count()).toBe(2);
    const replayRow = rows(page).first();
    expect(await chipOf(replayRow).textContent()).toBe('500');
    expect(await chipOf(replayRow).getAttribute('data-status-class')).toBe('failure');
    expect(await replayRow.locator('.origin-mark').getAttribute('aria-label')).toBe('Replay');
    // The replay opens, so its answer is what shows next.
    await expect.poll(() => chipOf(detail.getByTestId('detail-summary')).textContent()).toBe('500');
    await detail.getByRole('tab', { name: 'Details' }).click();
    const chain = detail.getByTestId('replay-chain');
    await expect.poll(() => chain.textContent()).toContain('Replay of #1');
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-chain.png') });
    expect(target.received[0].headers['idempotency-key']).toBe('key-1');

    await chain.getByRole('button', { name: '#1' }).click();
    await expect.poll(() => chain.textContent()).toContain('Replays: #2');

    // R replays to the remembered URL; unticking the box mints a fresh Idempotency-Key.
    await detail.getByLabel('Keep Idempotency-Key').uncheck();
    await page.keyboard.press('r');
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(target.received).toHaveLength(2);
    expect(target.received[1].headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);

    await chain.getByRole('button', { name: '#1' }).click();
    await expect.poll(() => chain.textContent()).toContain('Replays: #3, #2');
    await page.keyboard.press('e');
    const editor = page.getByTestId('payload-editor');
    await expect.poll(() => monacoText(editor), { timeout: 10_000 }).toContain('"ref":"refs/heads/main"');
    expect(await page.locator('input[name=target]').inputValue()).toBe(target.url);
    expect(await page.locator('.payload-header').textContent()).toContain('X-Gitlab-Event: Push Hook');
  });

  it('edits and resends a form-encoded capture with its method, headers and body unchanged, linked to it', async () => {
    inspector = await openInspector();
    target = await startTargetReceiver();
    const { page, serve } = inspector;
    const form = 'token=abc&ref=main&variables%5BDEPLOY%5D=yes';
    const posted = await fetch(serve.receiverUrl + 'hooks/form?x=1', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'GitLab/17.4.0', 'Idempotency-Key': 'idem-9' },
      body: form,
    });
    expect(posted.status).toBe(200);
    await rows(page).first().click();
    const detail = page.getByTestId('detail');
    await detail.getByRole('button', { name: 'Edit and resend' }).click();

    const editor = page.getByTestId('payload-editor');
    await expect.poll(() => monacoText(editor), { timeout: 10_000 }).toBe(form);
    expect(await page.getByTestId('resend-banner').textContent()).toContain('Edit and resend of #1: sent as PUT');
    expect(await page.locator('select[name=serialization]').inputValue()).toBe('as-typed');
    expect(await page.getByLabel('Header 1 name').inputValue()).toBe('Content-Type');
    // Not JSON, so not checked against a schema.
    expect(await page.getByTestId('payload-problems').count()).toBe(0);

    await page.locator('input[name=target]').fill(`${target.url}?x=1`);
    await page.screenshot({ path: join(SCREENSHOTS, 'edit-and-resend.png') });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const result = page.getByTestId('send-result');
    await expect.poll(() => chipOf(result).textContent().catch(() => ''), { timeout: 15_000 }).toBe('200');

    expect(target.received).toHaveLength(1);
    const [request] = target.received;
    expect(request.method).toBe('PUT');
    expect(request.url).toBe('/webhook?x=1');
    expect(request.body).toBe(form);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.headers['user-agent']).toBe('GitLab/17.4.0');
    expect(request.headers['idempotency-key']).toBe('idem-9');

    await page.getByRole('button', { name: 'Inbox', exact: true }).click();
    await expect.poll(() => rows(page).count()).toBe(2);
    const resent = rows(page).first();
    expect(await resent.locator('.origin-mark').getAttribute('aria-label')).toBe('Replay');
    await resent.click();
    await detail.getByRole('tab', { name: 'Details' }).click();
    await expect.poll(() => detail.getByTestId('replay-chain').textContent()).toContain('Replay of #1');
  });
});
