/**
 * A 25 MB JSON body opens in Chromium with the held secret masked in its first screenful (masked from the body's
 * stored start alone) and in the whole body that follows it, which shows once it has all arrived.
 */
import { describe, expect, it } from 'vitest';
import { useInspectors } from './support/inspector';
import { monacoText } from './support/monaco';
import { capturedPush } from './support/seed-deliveries';

const openInspector = useInspectors();
const MOCK_TOKEN = 'glptt-e2e-mock-0123456789';

/** 25 MB of compact JSON whose first value is the held secret, and which holds it again near its end. */
function bigJsonWithSecret(): Uint8Array {
  const commit = (i: number) => ({ id: i.toString(16).padStart(40, '0'), message: `Commit ${i}: ${'explain the change '.repeat(6)}` });
  const commits = Array.from({ length: 155_000 }, (_, i) => commit(i));
  return new TextEncoder().encode(JSON.stringify({ note: `sent with ${MOCK_TOKEN}`, object_kind: 'push', commits, last: MOCK_TOKEN }));
}

describe('a 25 MB body', () => {
  it('opens with the held secret masked in its first screenful and in the whole body', async () => {
    const body = bigJsonWithSecret();
    expect(body.length).toBeGreaterThan(25 * 1024 * 1024);
    const inspector = await openInspector({
      serveArgs: ['--mock-trigger-token', MOCK_TOKEN],
      seed: [capturedPush({ requestBody: body, requestSize: body.length, url: '/hooks/big' })],
    });
    const { page } = inspector;
    await page.getByTestId('delivery-row').first().click();
    const detail = page.getByTestId('detail');

    await expect.poll(() => monacoText(detail), { timeout: 15_000 }).toContain('"note":"sent with ••••••6789"');
    await detail.locator('.body-viewer:not([data-loading]) [data-testid=code-view]:not([data-streaming])').first().waitFor({ timeout: 60_000 });
    expect(await detail.locator('.body-note').first().textContent()).toMatch(/^Showing the first 256 KB of 2\d\.\d MB as raw text/);
    expect(await monacoText(detail)).toContain('"note":"sent with ••••••6789"');
    expect(await detail.textContent()).not.toContain(MOCK_TOKEN);
  });
});
