import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { nonLoopbackHosts, openWatchedPage, type WatchedPage } from './chromium';
import { startServe, type ServeProcess } from './hookbench-serve';
import { seedDeliveries } from './seed-deliveries';
import type { DeliveryRecord } from '../../../src/main/core/store/delivery-record';

export interface Inspector {
  page: Page;
  serve: ServeProcess;
  watched: WatchedPage;
  /** Hosts other than loopback the page contacted: always expected to be none. */
  leakedHosts(): string[];
  close(): Promise<void>;
}

export interface InspectorOptions {
  seed?: readonly DeliveryRecord[];
  receiverPort?: number;
  /** False when the receiver is expected not to listen (a taken port). */
  waitForPill?: boolean;
}

/** `hookbench serve` on a fresh data dir, its UI open in a new 1440×900 light-themed context. */
export async function openInspector(
  browser: Browser,
  { seed, receiverPort, waitForPill = true }: InspectorOptions = {},
): Promise<Inspector> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-e2e-'));
  let context: BrowserContext | undefined;
  let serve: ServeProcess | undefined;
  try {
    if (seed) await seedDeliveries(dataDir, seed);
    serve = await startServe(dataDir, receiverPort);
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    const watched = await openWatchedPage(context);
    await watched.page.goto(serve.uiUrl);
    if (waitForPill) await watched.page.getByTestId('receiver-pill').waitFor();
    const [openedContext, openedServe] = [context, serve];
    return {
      page: watched.page,
      serve,
      watched,
      leakedHosts: () => nonLoopbackHosts(watched.requestedUrls),
      async close() {
        await openedContext.close();
        await openedServe.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await serve?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
