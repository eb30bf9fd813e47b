import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded one, with everything that could phone home turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested or opened a WebSocket to, for the "nothing leaves 127.0.0.1" check. */
  requestedUrls: string[];
  /** Uncaught errors and console errors, which a working UI should not produce. */
  errors: string[];
}

export async function openWatchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const requestedUrls: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requestedUrls.push(request.url()));
  page.on('websocket', (socket) => requestedUrls.push(socket.url()));
  page.on('worker', (worker) => requestedUrls.push(worker.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, requestedUrls, errors };
}

/** The hosts that were contacted other than loopback (data: and blob: URLs never leave the page). */
export function nonLoopbackHosts(urls: readonly string[]): string[] {
  return urls
    .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'))
    .map((url) => new URL(url).hostname)
    .filter((host) => host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]');
}
