/** A delivery's tokens in the detail pane: masked as shown, the stored value on "Show secrets". */
import { describe, expect, it } from 'vitest';
import { useInspectors } from './support/inspector';
import { monacoText } from './support/monaco';

const openInspectorWith = useInspectors();
const MOCK_TOKEN = 'glptt-e2e-mock-0123456789';

describe('secrets in the detail pane', () => {
  it('shows a trigger call to the mock with its token masked, and as stored when asked', async () => {
    const inspector = await openInspectorWith({ serveArgs: ['--mock-trigger-token', MOCK_TOKEN] });
    const { page } = inspector;
    const reply = await fetch(`${inspector.serve.receiverUrl}api/v4/projects/42/trigger/pipeline?ref=main`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Gitlab-Token': MOCK_TOKEN },
      body: JSON.stringify({ token: MOCK_TOKEN, note: 'Tuesday at 10:00' }),
    });
    expect(reply.status).toBe(201);

    const row = page.getByTestId('delivery-row').first();
    await row.waitFor({ timeout: 5_000 });
    await row.click();
    const detail = page.getByTestId('detail');
    const tokenHeader = detail.getByTestId('headers-table').locator('tr', { has: page.locator('th', { hasText: 'X-Gitlab-Token' }) }).locator('.header-value');
    await expect.poll(() => tokenHeader.textContent()).toBe('••••••6789');
    await expect.poll(() => monacoText(detail), { timeout: 10_000 }).toContain('"token": "••••••6789"');
    expect(await monacoText(detail)).toContain('Tuesday at 10:00');
    expect(await detail.textContent()).not.toContain(MOCK_TOKEN);

    await detail.getByLabel('Show secrets').check();
    await expect.poll(() => tokenHeader.textContent()).toBe(MOCK_TOKEN);
    await expect.poll(() => monacoText(detail), { timeout: 10_000 }).toContain(`"token": "${MOCK_TOKEN}"`);
  });
});
