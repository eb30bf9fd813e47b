/** Searching the inbox with the query language in Chromium, through hookbench serve. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { capturedPush } from './support/seed-deliveries';

const openInspector = useInspectors();

const seed = [
  capturedPush({ url: '/hooks/one' }),
  capturedPush({ url: '/hooks/two', status: 500 }),
  capturedPush({ url: '/hooks/three', event: 'Merge Request Hook', status: 500, requestHeaders: ['X-Gitlab-Event', 'Merge Request Hook'] }),
  capturedPush({ url: '/elsewhere', status: 404 }),
];

describe('the search box, through hookbench serve', () => {
  it('finds rows by a query with qualifiers, shows the count, keeps the query in the URL, and explains the language', async () => {
    const { page } = await openInspector({ seed });
    const rows = page.getByTestId('delivery-row');
    await rows.nth(3).waitFor();
    const search = page.getByRole('searchbox', { name: 'Search deliveries' });

    await search.fill('status:5xx event:"Push Hook"');
    await page.getByTestId('match-count').getByText('1 match').waitFor();
    expect(await rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('/hooks/two');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/inbox?q=status%3A5xx%20event%3A%22Push%20Hook%22');

    // A toggle writes into the query, and an error is said in words without emptying the list.
    await search.fill('path:/hooks/*');
    await page.getByTestId('match-count').getByText('3 matches').waitFor();
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Failed' }).click();
    expect(await search.inputValue()).toBe('path:/hooks/* status:failed');
    await page.getByTestId('match-count').getByText('2 matches').waitFor();
    await search.fill('status:teapot');
    await page.getByRole('alert').getByText('status: expects a code like 404, a class like 4xx, or failed', { exact: false }).waitFor();
    expect(await rows.count()).toBe(2);

    // Completion: Tab takes the first offer.
    await search.fill('-ori');
    await page.getByRole('listbox', { name: 'Completions' }).getByText('origin:').waitFor();
    await search.press('Tab');
    expect(await search.inputValue()).toBe('-origin:');

    await page.getByRole('button', { name: 'Search help' }).click();
    const help = page.getByRole('dialog', { name: 'Search help' });
    await help.getByText('header:X-Gitlab-Token', { exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'search-help.png') });
    await help.getByRole('button', { name: 'status:5xx OR verdict:invalid' }).click();
    expect(await search.inputValue()).toBe('status:5xx OR verdict:invalid');
    await help.waitFor({ state: 'detached' });
    await page.getByTestId('match-count').getByText('2 matches').waitFor();

    // A saved filter is kept in the settings: it is still there after a reload, and picking it sets the query.
    await page.getByRole('button', { name: 'Save filter…' }).click();
    await page.getByRole('form', { name: 'Save filter' }).getByLabel('Filter name').fill('Red or invalid');
    await page.getByRole('form', { name: 'Save filter' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Forget “Red or invalid”' }).waitFor();
    await page.reload();
    await search.fill('');
    await page.getByRole('combobox', { name: 'Saved filters' }).selectOption('Red or invalid');
    expect(await search.inputValue()).toBe('status:5xx OR verdict:invalid');
    await page.getByTestId('match-count').getByText('2 matches').waitFor();

    // The URL opens the same view.
    await page.goto(page.url().replace(/#.*$/, '#/inbox?q=%2Felsewhere'));
    await page.getByTestId('match-count').getByText('1 match').waitFor();
    expect(await search.inputValue()).toBe('/elsewhere');
  });
});
