/**
 * The UI losing and regaining its core: `hookbench serve` stopped under an open tab, then started again on the same
 * data folder and ports (its UI token is kept per folder), and a screen whose code cannot be fetched.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServe } from './support/hookbench-serve';
import { SCREENSHOTS, useInspectors, type Inspector } from './support/inspector';

const openInspector = useInspectors();

/**
 * What Chromium logs while the server is away: refused fetches and WebSockets, and a chunk (with its CSS) or Monaco's
 * worker that was being fetched when it went (a worker script that cannot be fetched rejects with a bare `Event`);
 * they are fetched again once the server is back. Anything else is a real error.
 */
/** The console errors a server going away causes (refused, reset, or a request in flight cut off with no answer) are expected. */
function takeConnectionErrors(inspector: Inspector): string[] {
  const errors = inspector.watched.errors.splice(0);
  return errors.filter((error) => !/ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|WebSocket connection to .* failed|Failed to fetch|Unable to preload CSS|^Event$/.test(error));
}

describe('the UI without its core, through hookbench serve', () => {
  it('says "Disconnected from Hookbench", disables actions with the reason, and reconnects by itself when serve is back', async () => {
    const inspector = await openInspector();
    const { page, serve } = inspector;
    // The search box is there whatever the list shows (a failed load replaces the first-run guide while away).
    const search = page.getByRole('searchbox', { name: 'Search deliveries' });
    await search.waitFor();
    expect(await search.isEnabled()).toBe(true);

    await fetch(`${serve.receiverUrl}before-stop`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body: '{}' });
    await page.getByTestId('delivery-row').first().click();
    await page.getByTestId('detail-summary').waitFor();
    // The body viewer is fetched on demand: let it arrive, so what follows is about the core going away, not a chunk.
    await page.locator('.monaco-editor').first().waitFor();

    await serve.stop();
    const pill = page.getByTestId('connection-pill');
    await pill.waitFor({ timeout: 10_000 });
    // R would replay the open delivery (here: ask where to); it waits for the core, like the disabled buttons.
    await page.locator('body').press('r');
    expect(await page.getByRole('form', { name: 'Replay to another URL' }).count()).toBe(0);
    expect(await pill.textContent()).toBe('⚠ Disconnected from Hookbench');
    const banner = page.getByTestId('connection-banner');
    expect(await banner.textContent()).toContain('Hookbench serve has stopped or cannot be reached');
    expect(await banner.textContent()).toContain('Actions that need Hookbench are disabled');
    expect(await search.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByRole('button', { name: 'Save receiver settings' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'disconnected.png') });

    const receiverPort = Number(new URL(serve.receiverUrl).port);
    const again = await startServe(inspector.dataDir, receiverPort, {}, [], serve.uiPort);
    inspector.serve = again;
    expect(again.uiUrl).toBe(serve.uiUrl);
    await page.getByTestId('receiver-pill').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('receiver-pill').textContent()).toContain(`Listening on ${serve.receiverUrl}`);
    expect(await banner.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save receiver settings' }).isEnabled()).toBe(true);

    // The reconnected tab is live again: a hook sent to the restarted receiver shows without a reload.
    await page.getByRole('button', { name: 'Inbox' }).click();
    await fetch(`${again.receiverUrl}after-restart`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body: '{}' });
    // The open delivery keeps its place, so the new row may be above it (with "N new"): it is in the list, not necessarily first.
    await page.getByTestId('delivery-row').filter({ hasText: '/after-restart' }).waitFor({ timeout: 5_000 });
    expect(takeConnectionErrors(inspector)).toEqual([]);
  });

  it('says the tab must be reopened, and does not keep trying, when serve comes back with a new token', async () => {
    const inspector = await openInspector();
    const { page, serve } = inspector;
    await serve.stop();
    await page.getByTestId('connection-pill').waitFor({ timeout: 10_000 });
    const receiverPort = Number(new URL(serve.receiverUrl).port);
    inspector.serve = await startServe(inspector.dataDir, receiverPort, {}, ['--new-token'], serve.uiPort);
    const banner = page.getByTestId('connection-banner');
    await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toContain("This tab's token is no longer accepted");
    expect(await page.getByTestId('connection-pill').textContent()).toBe('⚠ Disconnected from Hookbench');
    const unexpected = takeConnectionErrors(inspector).filter((error) => !/status of 403/.test(error));
    expect(unexpected).toEqual([]);
  });

  it('shows a message, never a white window, when a part of the window cannot be fetched', async () => {
    const inspector = await openInspector();
    const { page, serve } = inspector;
    await page.route(/\/assets\/CodeView-[^/]+\.js$/, (route) => route.abort('connectionrefused'));
    await fetch(`${serve.receiverUrl}hooks`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body: '{"a":1}' });
    await page.getByTestId('delivery-row').first().click();
    const failure = page.getByRole('alert').filter({ hasText: 'could not be shown' });
    await failure.waitFor({ timeout: 10_000 });
    expect(await failure.textContent()).toContain('Part of the Hookbench window could not be loaded');
    // The rest of the window still works: the rail moves to another screen and back.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Save receiver settings' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'screen-failure.png') });
    const unexpected = inspector.watched.errors.splice(0).filter((error) => !/CodeView|ERR_CONNECTION_REFUSED|dynamically imported module/.test(error));
    expect(unexpected).toEqual([]);
  });
});
