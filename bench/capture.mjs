// npm run bench (first part): capture against a bare node:http server in one interleaved run, same load, on
// loopback: throughput under wrk (-t1 -c50) for bare, the store's floor (bare plus the store's own inserts, nothing
// else: bench/store-floor-server.mjs), `listen --quiet` and `listen` with its access log to a file, the ratios
// (median of BENCH_ROUNDS rounds), then the answer-time p99 at a fixed 1,000 req/s from a paced load generator
// (bench/paced-load.mjs), after a second of the same load that warms the server and is not counted. Fails below the
// goals or when any acknowledged delivery is not in the store.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setInterval, clearInterval } from 'node:timers';
import { pacedAnswerTimes } from './paced-load.mjs';
import { cli, here, requireBuildAndWrk } from './processes.mjs';
import { createStore } from './support.mjs';
import { bytesWritten, cpuMeasurable, cpuPerRequest, processCpu } from './process-cpu.mjs';

const GOALS = { quiet: 0.7, log: 0.6, p99Ms: 2 };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const PACED_RATE = 1000;
/** The paced load's first second warms the server (and its JIT) and is not counted: the p99 is the steady state's. */
const PACED_WARMUP_SECONDS = 1;
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 4);
const CONNECTIONS = 50;

requireBuildAndWrk();

/** Starts a server and resolves once it says where it listens; its stdout goes to `logFile` when given. */
function start(args, logFile) {
  const output = logFile ? openSync(logFile, 'w') : 'pipe';
  const child = spawn(process.execPath, args, { stdio: ['ignore', output, 'inherit'] });
  if (logFile) closeSync(output);
  return new Promise((resolve, reject) => {
    let seen = '';
    const found = (text) => {
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(text);
      if (match) resolve({ child, url: `${match[1]}/hooks/gitlab` });
      return Boolean(match);
    };
    if (logFile) {
      const poll = setInterval(() => found(readFileSync(logFile, 'utf8')) && clearInterval(poll), 20);
      child.once('exit', () => clearInterval(poll));
    } else {
      child.stdout.on('data', (chunk) => {
        seen += chunk;
        if (found(seen)) child.stdout.removeAllListeners('data').resume();
      });
    }
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before listening`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** Runs wrk and returns completed requests per second, the count of 2xx answers and the server's CPU per request. */
function wrk(url, pid) {
  const cpuBefore = processCpu(pid);
  const result = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '-s', join(here, 'push-hook.lua'), url], { encoding: 'utf8' });
  const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(result.stdout)?.[1]);
  const total = Number(/(\d+) requests in/.exec(result.stdout)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(result.stdout)?.[1] ?? 0);
  if (!rate) throw new Error(`wrk gave no rate:\n${result.stdout}${result.stderr}`);
  const cpu = cpuPerRequest(cpuBefore, processCpu(pid), total);
  return { rate, cpu, acknowledged: total - non2xx, socketErrors: /Socket errors: (.*)/.exec(result.stdout)?.[1] ?? null };
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];
const median = (values) => percentile(values, 50);
/** The answer p99 at the paced rate, and what the server wrote per request meanwhile (WAL frames, checkpoints). */
async function p99Of(url, pid) {
  await pacedAnswerTimes(url, { rate: PACED_RATE, seconds: PACED_WARMUP_SECONDS });
  const before = bytesWritten(pid);
  const times = await pacedAnswerTimes(url, { rate: PACED_RATE, seconds: PACED_SECONDS });
  const after = bytesWritten(pid);
  return { p99: percentile(times, 99), writtenKb: before === null ? null : (after - before) / 1024 / times.length };
}

/** The servers, each measured by `drive(url)`; those that store also report how many deliveries their store holds. */
const SERVERS = {
  bare: async (drive) => {
    const { child, url } = await start([join(here, 'bare-server.mjs')]);
    try {
      return { result: await drive(url, child.pid), stored: null };
    } finally {
      await stop(child);
    }
  },
  floor: (drive) => storing(drive, async (store) => {
    await createStore(store);
    return ['--experimental-strip-types', '--no-warnings', join(here, 'store-floor-server.mjs'), join(store, 'hookbench.db')];
  }),
  quiet: (drive) => storing(drive, async (store) => hookbench(store, ['--quiet'])),
  log: (drive) => storing(drive, async (store) => hookbench(store, []), 'access.log'),
};

const hookbench = (store, flags) => [cli, 'listen', '--port', '0', '--data-dir', store, '--retain', '0', ...flags];

/** Starts the server `argsFor(store)` gives, on a fresh store folder; counts what it stored once it stopped. */
async function storing(drive, argsFor, logName) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-bench-'));
  try {
    const args = await argsFor(join(dataDir, 'store'));
    const { child, url } = await start(args, logName && join(dataDir, logName));
    const result = await drive(url, child.pid);
    await stop(child);
    const db = new DatabaseSync(join(dataDir, 'store', 'hookbench.db'), { readOnly: true });
    const stored = db.prepare('SELECT count(*) AS n FROM deliveries').get().n;
    db.close();
    return { result, stored };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Rounds of every server in turn, the order rotating each round so a warming or cooling machine favours none. */
async function interleaved(names, drive, report) {
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    const measured = {};
    for (const name of order) measured[name] = await SERVERS[name](drive);
    for (const name of names) results[name].push(measured[name].result);
    report(round + 1, measured);
  }
  return results;
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const cpuText = (cpu) => (cpu ? `${cpu.all.toFixed(1)} µs CPU/request, ${cpu.main.toFixed(1)} on the main thread` : 'CPU not measured');
console.log(`load average before: ${load()} (a busy machine makes every figure below noisy: compare the ratios, taken in the same rounds)`);
let lost = 0;
const rates = await interleaved(['bare', 'floor', 'quiet', 'log'], wrk, (round, m) => {
  const parts = ['bare', 'floor', 'quiet', 'log'].map((name) => {
    const { rate, cpu, acknowledged, socketErrors } = m[name].result;
    if (m[name].stored === null) return `bare ${rate.toFixed(0)}/s (${cpuText(cpu)})`;
    const missing = Math.max(0, acknowledged - m[name].stored);
    lost += missing;
    return `${name} ${rate.toFixed(0)}/s (${(rate / m.bare.result.rate).toFixed(2)}; ${cpuText(cpu)}; acknowledged ${acknowledged}, stored ${m[name].stored}, missing ${missing}${socketErrors ? `; socket errors: ${socketErrors}` : ''})`;
  });
  console.log(`round ${round}: ${parts.join(', ')}`);
});
const ratioOf = (name) => median(rates[name].map((r, i) => r.rate / rates.bare[i].rate));
const cpuOf = (name) =>
  cpuMeasurable ? { all: median(rates[name].map((r) => r.cpu.all)), main: median(rates[name].map((r) => r.cpu.main)) } : null;
const ratios = { floor: ratioOf('floor'), quiet: ratioOf('quiet'), log: ratioOf('log') };
const ofFloor = median(rates.quiet.map((r, i) => r.rate / rates.floor[i].rate));
const writtenText = (kb) => (kb === null ? '' : ` (wrote ${kb.toFixed(1)} KB per request: WAL frames, checkpoints, answers)`);
const p99 = await interleaved(['bare', 'quiet'], p99Of, (round, m) =>
  console.log(
    `paced round ${round}: answer p99 at ${PACED_RATE}/s bare ${m.bare.result.p99.toFixed(2)} ms, listen --quiet ${m.quiet.result.p99.toFixed(2)} ms${writtenText(m.quiet.result.writtenKb)}`,
  ),
);
const p99s = { bare: median(p99.bare.map((r) => r.p99)), quiet: median(p99.quiet.map((r) => r.p99)) };
const quietWrittenKb = cpuMeasurable ? median(p99.quiet.map((r) => r.writtenKb)) : null;

const verdict = (passed) => (passed ? 'PASS' : 'FAIL');
const row = (label, name, ratio, goal) =>
  `${label.padEnd(38)} ${median(rates[name].map((r) => r.rate)).toFixed(0).padStart(7)} req/s  ${ratio.toFixed(2)} of bare  ${goal}  ${cpuText(cpuOf(name))}`;
console.log(`\nmedians of ${ROUNDS} interleaved rounds of ${SECONDS} s (wrk -t1 -c${CONNECTIONS}, one Push Hook):`);
console.log(row('bare node:http', 'bare', 1, '               '));
console.log(row("bare + the store's inserts (its floor)", 'floor', ratios.floor, '               '));
console.log(row('capture (listen --quiet)', 'quiet', ratios.quiet, `goal ≥ ${GOALS.quiet.toFixed(2)} ${verdict(ratios.quiet >= GOALS.quiet)}`));
console.log(row('listen with its access log to a file', 'log', ratios.log, `goal ≥ ${GOALS.log.toFixed(2)} ${verdict(ratios.log >= GOALS.log)}`));
console.log(`capture against the store's floor: ${ofFloor.toFixed(2)} (what capture does besides storing costs the rest)`);
if (cpuMeasurable) {
  // Rates go as the inverse of the receiver thread's CPU per request where that thread is the limit (one core each
  // for it and wrk), so a goal ratio is a budget of that thread's time.
  const main = (name) => cpuOf(name).main;
  console.log(
    `the receiver's thread: ${GOALS.quiet.toFixed(2)} of bare leaves capture ${(main('bare') / GOALS.quiet).toFixed(1)} µs of it per request ` +
      `(bare's ${main('bare').toFixed(1)} / ${GOALS.quiet.toFixed(2)}); the store's floor takes ${main('floor').toFixed(1)}, capture ${main('quiet').toFixed(1)}`,
  );
}
console.log(
  `answer p99 at a fixed ${PACED_RATE} req/s: listen --quiet ${p99s.quiet.toFixed(2)} ms, goal ≤ ${GOALS.p99Ms} ms ${verdict(p99s.quiet <= GOALS.p99Ms)} (bare node:http ${p99s.bare.toFixed(2)} ms)${writtenText(quietWrittenKb)}`,
);
console.log(`acknowledged deliveries missing from the store: ${lost}, goal 0 ${verdict(lost === 0)}`);
console.log(`load average after: ${load()}`);
const failures = [
  lost > 0 && 'acknowledged deliveries are missing from the store',
  ratios.quiet < GOALS.quiet && 'capture is below its goal ratio',
  ratios.log < GOALS.log && 'capture with the access log is below its goal ratio',
  p99s.quiet > GOALS.p99Ms && 'the answer p99 is over its goal',
].filter(Boolean);
if (failures.length > 0) {
  console.error(`FAIL: ${failures.join('; ')}.`);
  process.exit(1);
}
