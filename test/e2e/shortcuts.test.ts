/** The browser face's shortcut list: `?` opens it, and it lists the same key map the handlers use. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortcutList } from '@shared/key-map';
import { SCREENSHOTS, useInspectors } from './support/inspector';

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
});
