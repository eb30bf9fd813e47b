import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, nonLoopbackHosts, openWatchedPage, type WatchedPage } from './chromium';
import { startServe, type ServeProcess } from './hookbench-serve';
import { seedDeliveries } from './seed-deliveries';
import type { DeliveryRecord } from '../../../src/main/core/store/delivery-record';

/** Screenshots of the main screens, kept as test artifacts. */
export const SCREENSHOTS = join(__dirname, '../../../test-results/screenshots');

export interface Inspector {
  page: Page;
  serve: ServeProcess;
  /** The data folder `serve` uses, for other processes to share. */
  dataDir: string;
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
  /** Extra environment for `hookbench serve`, e.g. HOOKBENCH_SECRET_KEY. */
  env?: NodeJS.ProcessEnv;
  /** More `hookbench serve` flags, e.g. --mock-trigger-token. */
  serveArgs?: readonly string[];
}

/** `hookbench serve` on a fresh data dir, its UI open in a new 1440×900 light-themed context. */
export async function openInspector(
  browser: Browser,
  { seed, receiverPort, waitForPill = true, env, serveArgs }: InspectorOptions = {},
): Promise<Inspector> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-e2e-'));
  let context: BrowserContext | undefined;
  let serve: ServeProcess | undefined;
  try {
    if (seed) await seedDeliveries(dataDir, seed);
    serve = await startServe(dataDir, receiverPort, env, serveArgs);
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    const watched = await openWatchedPage(context);
    await watched.page.goto(serve.uiUrl);
    if (waitForPill) await watched.page.getByTestId('receiver-pill').waitFor();
    const [openedContext, openedServe] = [context, serve];
    return {
      page: watched.page,
      serve,
      dataDir,
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

/**
 * One Chromium for a test file. Every inspector a test opens is checked after the test (nothing the
 * screens did left this machine, nothing went wrong in the page) and closed.
 */
export function useInspectors(): (options?: InspectorOptions) => Promise<Inspector> {
  let browser: Browser | undefined;
  const opened: Inspector[] = [];
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const inspector of opened.splice(0)) {
      try {
        expect(inspector.leakedHosts()).toEqual([]);
        expect(inspector.watched.errors).toEqual([]);
      } finally {
        await inspector.close();
      }
    }
  });
  return async (options) => {
    if (!browser) throw new Error('Chromium is not running: call useInspectors() at the top of the test file.');
    const inspector = await openInspector(browser, options);
    opened.push(inspector);
    return inspector;
  };
}
