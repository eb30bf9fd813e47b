/**
 * The core's warnings reach the browser as they reach the terminal: a Pipeline Hook aimed at GitLab's trigger
 * API in Compose, and a replay that keeps a signature which will stop verifying, beside Replay in the Inbox.
 */
import { describe, expect, it } from 'vitest';
import { useInspectors } from './support/inspector';
import { capturedPush } from './support/seed-deliveries';

const openInspector = useInspectors();

describe('warnings from the core, in the browser', () => {
  it('Compose warns before a Pipeline Hook goes to a trigger URL; the Inbox warns before a signed hook is replayed', async () => {
    const signed = capturedPush({
      requestHeaders: ['Host', '127.0.0.1', 'X-Gitlab-Event', 'Push Hook', 'webhook-id', 'msg_1', 'webhook-timestamp', '1700000000', 'webhook-signature', 'v1,abc='],
    });
    const { page } = await openInspector({ seed: [signed] });

    await page.getByTestId('delivery-row').first().click();
    const replayWarnings = page.getByTestId('replay-warnings');
    await expect.poll(() => replayWarnings.textContent().catch(() => ''), { timeout: 10_000 }).toContain(
      'The original webhook-signature is sent as it was; it will not verify with a new id or after 5 minutes.',
    );

    await page.getByRole('button', { name: 'Compose' }).click();
    await page.getByRole('button', { name: 'Pipeline Hook', exact: true }).click();
    await page.getByLabel('Target URL').fill('http://127.0.0.1:9/api/v4/projects/1/trigger/pipeline?token=t');
    const sendWarnings = page.getByTestId('send-warnings');
    await expect.poll(() => sendWarnings.textContent().catch(() => ''), { timeout: 10_000 }).toContain('GitLab answers 403');
  });
});
