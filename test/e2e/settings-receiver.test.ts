/** Settings → Receiver in a real Chromium: a port in use is refused in words and the receiver stays where it listens. */
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';

const openInspector = useInspectors();

describe('Settings → Receiver, through hookbench serve', () => {
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
});
