/* global window, document, addEventListener, requestAnimationFrame, PerformanceObserver, setInterval, clearInterval -- the page probes run inside Chromium; the timers are Node's */
// Opening a 25 MB JSON delivery in the UI of `hookbench serve`, in Debian's Chromium: time to the first
// screenful, the largest gap between animation frames and the longest task while it loads, and serve's peak RSS.
// The first screenful is broken down from the page's resource timing: click to asking for the start, serve
// answering it, the page showing it. Each figure is a median of the rounds, with its goal and PASS or FAIL.
// Usage: node --experimental-strip-types bench/big-body.mjs [--rounds 5] [--mb 25] [label=/path/to/a/built/checkout ...]
// With no checkout given it measures this one; give two (e.g. before=/tmp/base after=.) to compare them in
// one interleaved run, which is what matters on a loaded machine.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, serve } from './support.mjs';
import { recordMainThreadTasks } from '../test/e2e/support/main-thread-tasks.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args.splice(at, 2)[1]);
};
const ROUNDS = option('rounds', 5);
const BODY_MB = option('mb', 25);
const SETTLE_MS = 1500;
const checkouts = (args.length ? args : [`this=${join(here, '..')}`]).map((arg) => {
  const [label, dir] = arg.includes('=') ? arg.split('=') : [arg, arg];
  const cli = join(resolve(dir), 'out/main/cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npx electron-vite build\` in ${dir} first.`);
  return { label, cli };
});

/** Compact JSON as GitLab sends it: a push with many commits, starting with a marker the page can wait for. */
function bigPush(megabytes) {
  const commit = (i) => ({
    id: i.toString(16).padStart(40, '0'),
    message: `Commit ${i}: ${'change the thing and explain why '.repeat(4)}`,
    timestamp: '2026-11-30T10:00:00+00:00',
    url: `https://gitlab.example.com/group/project/-/commit/${i}`,
    author: { name: 'Ada Lovelace', email: 'ada@example.com' },
    added: [`src/file-${i}.ts`],
    modified: [],
    removed: [],
  });
  const perCommit = JSON.stringify(commit(1)).length + 1;
  const count = Math.ceil((megabytes * 1024 * 1024) / perCommit);
  const commits = Array.from({ length: count }, (_, i) => commit(i + 1));
  return Buffer.from(JSON.stringify({ object_kind: 'push', bench_marker: 'first-screenful', ref: 'refs/heads/main', commits }));
}

function stop(child) {
  child.kill('SIGTERM');
  return new Promise((resolveExit) => child.once('exit', resolveExit));
}

async function post(receiverUrl, body, event) {
  const response = await fetch(`${receiverUrl}hooks/gitlab`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Gitlab-Event': event },
    body,
  });
  if (!response.ok) throw new Error(`the receiver answered ${response.status} to the ${body.length}-byte body`);
}

const kib = (line) => Number(/(\d+) kB/.exec(line)[1]);
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { rss: kib(/VmRSS.*/.exec(status)[0]), hwm: kib(/VmHWM.*/.exec(status)[0]) };
}

// Records frame gaps and long tasks from a moment the bench chooses (window.__benchFrom).
// The first screenful is timed in the page, from the click's event to the first frame showing the marker.
const PAGE_PROBE = () => {
  window.__bench = { maxGap: 0, maxTask: 0, clickAt: null, firstAt: null };
  performance.setResourceTimingBufferSize(100_000); // the body's requests come after the page's own hundreds
  addEventListener('click', (event) => {
    if (window.__benchFrom !== undefined && window.__bench.clickAt === null) window.__bench.clickAt = event.timeStamp;
  }, true);
  let last = performance.now();
  const frame = (now) => {
    if (window.__benchFrom !== undefined && last >= window.__benchFrom) window.__bench.maxGap = Math.max(window.__bench.maxGap, now - last);
    if (window.__bench.clickAt !== null && window.__bench.firstAt === null) {
      const lines = document.querySelectorAll('[data-testid=code-view] .view-lines');
      if ([...lines].some((view) => view.textContent.includes('first-screenful'))) window.__bench.firstAt = now;
    }
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (window.__benchFrom !== undefined && entry.startTime >= window.__benchFrom) {
        window.__bench.maxTask = Math.max(window.__bench.maxTask, entry.duration);
      }
    }
  }).observe({ type: 'longtask', buffered: false });
};

// Waits (at most 20 s) until 30 frames in a row came within 50 ms, so the big body's figures are not the
// tail of the editor's first load.
const QUIET_PAGE = () =>
  new Promise((resolveQuiet) => {
    const until = performance.now() + 20_000;
    let calm = 0;
    let last = performance.now();
    const frame = (now) => {
      calm = now - last < 50 ? calm + 1 : 0;
      last = now;
      if (calm >= 30 || now > until) resolveQuiet();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

/** Pretty on demand: from the click on the tab until the indented body is all in the editor. */
async function openPretty(page) {
  const clickedAt = await page.evaluate(() => {
    Object.assign(window.__bench, { maxGap: 0, maxTask: 0 });
    return performance.now();
  });
  await page.getByRole('tab', { name: 'Pretty' }).first().click();
  await page.locator('[data-testid=code-view]:not([data-streaming]) .view-lines', { hasText: '"object_kind": "push"' }).first().waitFor({ timeout: 180_000 });
  const shownAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(SETTLE_MS);
  const probe = await page.evaluate(() => window.__bench);
  return { prettyMs: shownAt - clickedAt, prettyGapMs: probe.maxGap, prettyTaskMs: probe.maxTask };
}

async function measureOnce(browser, checkout, body) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-bigbody-'));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ receiver: { bodyLimitBytes: 256 * 1024 * 1024 }, storage: { retain: 0 } }));
  // Captured by one serve, opened by a fresh one: the peak is the open's, not what capturing 25 MB left behind.
  const capturing = await serve(dataDir, checkout.cli);
  await post(capturing.receiverUrl, body, 'Push Hook');
  await post(capturing.receiverUrl, Buffer.from('{"object_kind":"push","small":true}'), 'Push Hook');
  await stop(capturing.child);
  const { child, uiUrl } = await serve(dataDir, checkout.cli);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PAGE_PROBE);
    await page.goto(uiUrl);
    const rows = page.getByTestId('delivery-row');
    await rows.nth(1).waitFor();
    // Opens the small body first, so the editor's code is loaded and the figures are the big body's alone.
    await rows.nth(0).click();
    await page.locator('[data-testid=code-view] .view-lines', { hasText: 'small' }).first().waitFor({ timeout: 60_000 });
    await page.evaluate(QUIET_PAGE);
    const idleMb = memory(child.pid).rss / 1024;
    writeFileSync(`/proc/${child.pid}/clear_refs`, '5'); // resets VmHWM, so the peak is the big body's, not the page's first load
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, memory(child.pid).rss)), 10);
    const stopRecording = await recordMainThreadTasks(page);
    await page.evaluate(() => (window.__benchFrom = performance.now()));
    await rows.nth(1).click();
    const firstLine = page.locator('[data-testid=code-view] .view-lines', { hasText: 'first-screenful' });
    await firstLine.first().waitFor({ timeout: 60_000 });
    // A viewer that streams says when the whole body is in the editor; one that does not is complete on its first paint.
    await page.locator('.body-viewer:not([data-loading]) [data-testid=code-view]:not([data-streaming])').first().waitFor({ timeout: 60_000 });
    const loadedAt = await page.evaluate(() => performance.now());
    await page.waitForTimeout(SETTLE_MS);
    clearInterval(sampler);
    const tasks = await stopRecording();
    const probe = await page.evaluate(() => ({ ...window.__bench }));
    const [start] = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((entry) => /\/api\/body\//.test(entry.name) && entry.startTime >= window.__bench.clickAt)
        .map((entry) => ({ askedAt: entry.startTime, answeredAt: entry.responseEnd })).sort((a, b) => a.askedAt - b.askedAt),
    );
    const peakMb = Math.max(peakRss, memory(child.pid).hwm) / 1024;
    const pretty = await openPretty(page);
    return {
      firstScreenfulMs: probe.firstAt - probe.clickAt, askedMs: start.askedAt - probe.clickAt, answerMs: start.answeredAt - start.askedAt,
      showMs: probe.firstAt - start.answeredAt, loadedMs: loadedAt - probe.clickAt, maxGapMs: probe.maxGap,
      longestTaskMs: probe.maxTask, longestCpuMs: tasks.longestCpuMs, peakMb, idleMb, ...pretty,
    };
  } finally {
    await context.close();
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const body = bigPush(BODY_MB);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const results = new Map(checkouts.map((c) => [c.label, []]));
const loadBefore = loadavg()[0];
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const checkout of checkouts) results.get(checkout.label).push(await measureOnce(browser, checkout, body));
  }
} finally {
  await browser.close();
}
console.log(
  `${(body.length / 1024 / 1024).toFixed(1)} MB JSON body, median of ${ROUNDS} interleaved rounds; ` +
    `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after, on ${availableParallelism()} cores`,
);
const GOALS = [
  ['firstScreenfulMs', 'first screenful', 300, 'ms'],
  ['maxGapMs', 'largest frame gap', 100, 'ms'],
  ['longestTaskMs', 'longest task', 100, 'ms'],
  ['peakMb', 'serve peak RSS', 250, 'MB'],
];
for (const [label, runs] of results) {
  const m = (key) => median(runs.map((r) => r[key])).toFixed(0);
  console.log(`${label}:`);
  for (const [key, name, goal, unit] of GOALS) {
    console.log(`  ${name.padEnd(18)} ${m(key).padStart(5)} ${unit}  (goal <= ${goal} ${unit})  ${Number(m(key)) <= goal ? 'PASS' : 'FAIL'}`);
  }
  console.log(
    `  first screenful: ${m('askedMs')} ms to ask for the start, ${m('answerMs')} ms for serve to answer it, ${m('showMs')} ms to show it; ` +
      `longest task ${m('longestCpuMs')} ms of CPU; serve ${m('idleMb')} MB before the click; whole body ${m('loadedMs')} ms; ` +
      `Pretty on demand ${m('prettyMs')} ms (largest frame gap ${m('prettyGapMs')} ms, longest task ${m('prettyTaskMs')} ms)`,
  );
}
