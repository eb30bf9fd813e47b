/** The browser face's shortcut list: `?` opens it, and it lists the same key map the handlers use. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortcutList } from '@shared/key-map';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { capturedPush } from './support/seed-deliveries';

const openInspector = useInspectors();

describe('keyboard shortcuts, through hookbench serve', () => {
  it('opens the list with ?, shows every shortcut of the key map, and closes it with Esc; ? typed in a field stays text', async () => {
    const { page } = await openInspector();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await page.locator('body').press('?');
    await dialog.waitFor();
    const rows = await dialog.locator('tr').allTextContents();
    expect(rows).toEqual(shortcutList().map(({ keys, action }) => `${keys}${action}`));
    await page.screenshot({ path: join(SCREENSHOTS, 'shortcuts.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const search = page.getByRole('searchbox', { name: 'Search deliveries' });
    await search.click();
    await page.keyboard.type('a?b');
    expect(await search.inputValue()).toBe('a?b');
    expect(await dialog.count()).toBe(0);
  });

  it('closes the Replay to… prompt and Save as sample with Esc, as the list says', async () => {
    const { page } = await openInspector({ seed: [capturedPush()] });
    await page.getByTestId('delivery-row').first().click();
    const detail = page.getByTestId('detail');
    await detail.getByRole('button', { name: 'Replay to…' }).click();
    const replayTo = detail.getByRole('form', { name: 'Replay to another URL' });
    await replayTo.getByLabel('Replay to URL').press('Escape');
    await replayTo.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Compose' }).click();
    await page.getByRole('button', { name: 'Save as sample' }).click();
    const saveAs = page.getByRole('form', { name: 'Save as sample' });
    await saveAs.getByLabel('Sample name').press('Escape');
    await saveAs.waitFor({ state: 'detached' });
  });
});
