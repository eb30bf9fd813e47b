/** A newer Hookbench opening an older, big store: the UI says how far the update is, and receives meanwhile. */
import { SCHEMA_VERSION } from '../../src/main/core/store/schema';
import { describe, expect, it } from 'vitest';
import { version4Store } from '../support/version4-store';
import { useInspectors } from './support/inspector';

const openInspector = useInspectors();

describe('a store being updated, in the UI', () => {
  it('says "Updating the store to version N: P %" while deliveries keep arriving, and nothing once done', async () => {
    const inspector = await openInspector({ prepare: (dir) => version4Store(dir, 60_000), serveArgs: ['--retain', '0'] });
    const { page } = inspector;
    const line = page.getByRole('status', { name: 'Store update' });
    await line.waitFor({ timeout: 10_000 });
    expect(await line.textContent()).toMatch(new RegExp(`^Updating the store to version ${SCHEMA_VERSION}: \\d+ %\\. Deliveries are received and kept meanwhile\\.$`));
    expect((await fetch(inspector.serve.receiverUrl + 'during-the-update', { method: 'POST', body: '{}' })).status).toBe(200);
    await line.waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByTestId('delivery-row').first().waitFor();
    expect(await page.getByTestId('delivery-row').first().textContent()).toContain('/during-the-update');
  }, 180_000);
});
