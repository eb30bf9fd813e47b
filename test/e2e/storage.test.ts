/** What the UI says about the data folder: a store that cannot keep deliveries, and memory-only storage. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';

const openInspector = useInspectors();

describe('storage in the UI', () => {
  it('shows why a corrupt store receives nothing, and moves the file aside when asked', async () => {
    let dataDir = '';
    const inspector = await openInspector({
      waitForPill: false,
      prepare: (dir) => {
        dataDir = dir;
        writeFileSync(join(dir, 'hookbench.db'), 'not a database');
      },
    });
    const { page } = inspector;
    const panel = page.getByRole('alert', { name: 'Storage problem' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('The data folder holds a file that is not a Hookbench store: nothing is being received');
    expect(await panel.textContent()).toContain(`${join(dataDir, 'hookbench.db')} is not a Hookbench store (file is not a database)`);
    // Nothing listens: a sender gets no acknowledgement for a delivery that could not be kept.
    await expect(fetch(inspector.serve.receiverUrl, { method: 'POST', body: '{}' })).rejects.toThrow('fetch failed');
    await page.screenshot({ path: join(SCREENSHOTS, 'storage-problem.png') });

    await page.getByRole('button', { name: 'Move the file aside and start empty' }).click();
    await page.getByTestId('receiver-pill').waitFor();
    const aside = readdirSync(dataDir).find((name) => name.startsWith('hookbench.db.corrupt-'));
    expect(await page.getByRole('status').filter({ hasText: 'The old file is kept as' }).textContent()).toContain(aside);
    expect(await panel.count()).toBe(0);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByText('The old file is kept as').count()).toBe(0);

    expect((await fetch(inspector.serve.receiverUrl + 'after', { method: 'POST', body: '{}' })).status).toBe(200);
    await page.getByTestId('delivery-row').first().waitFor({ timeout: 2_000 });
  });

  it('says "In memory only — nothing is kept" in the top bar with --in-memory', async () => {
    const { page } = await openInspector({ serveArgs: ['--in-memory'] });
    await page.locator('.top-bar').getByText('In memory only — nothing is kept').waitFor({ timeout: 10_000 });
  });

  it('says nothing about memory when the store is kept on disk', async () => {
    const { page } = await openInspector();
    expect(await page.getByText('In memory only').count()).toBe(0);
  });
});
