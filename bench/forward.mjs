// npm run bench: forwarding. wrk through Hookbench (`listen --forward`) to a bare node:http target against wrk
// straight to that target, same run, with two forwarders that store nothing beside it for scale (a TCP relay and a
// node:http proxy): throughput ratio >= 0.5 with no acknowledged delivery lost (two hops, the capture and its leg
// stored). Then a paced 1,000 req/s stream both ways: the p99 Hookbench adds <= 2 ms. Each way's CPU per request says
// what the ratio can be on the machine it runs on: with every core busy, a forward may cost at most (1/ratio - 1)
// times what a request costs straight (wrk and the target).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { cpuPerRequest, processCpu, waitedChildrenCpu } from './process-cpu.mjs';
import { cli, here, requireBuildAndWrk, startListening as start, stop } from './processes.mjs';

const TARGET_RATIO = 0.5;
const TARGET_ADDED_P99_MS = 2;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const RATE = 1000;
const PACED_SECONDS = 3;

requireBuildAndWrk();

function wrk(url) {
  const cpuBefore = waitedChildrenCpu();
  const result = spawnSync('wrk', ['-t1', '-c50', `-d${SECONDS}s`, '-s', join(here, 'push-hook.lua'), url], { encoding: 'utf8' });
  const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(result.stdout)?.[1]);
  const total = Number(/(\d+) requests in/.exec(result.stdout)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(result.stdout)?.[1] ?? 0);
  if (!rate) throw new Error(`wrk gave no rate:\n${result.stdout}${result.stderr}`);
  const cpuAfter = waitedChildrenCpu();
  return { rate, total, acknowledged: total - non2xx, wrkCpuMs: cpuBefore === null ? null : cpuAfter - cpuBefore };
}

const body = /\[\[(.*)\]\]/s.exec(readFileSync(join(here, 'push-hook.lua'), 'utf8'))[1];

/** RATE requests a second for `seconds` over kept-alive connections; each request's time to its full answer. */
async function paced(url, seconds = PACED_SECONDS) {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const { hostname, port, pathname } = new URL(url);
  const latencies = [];
  const one = () =>
    new Promise((resolve) => {
      const begun = performance.now();
      const req = request({ hostname, port, path: pathname, method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'X-Gitlab-Event': 'Push Hook' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(latencies.push(performance.now() - begun)));
      });
      req.on('error', () => resolve());
      req.end(body);
    });
  const sent = [];
  const total = RATE * seconds;
  const startedAt = performance.now();
  while (sent.length < total) {
    const due = Math.min(total, Math.floor(((performance.now() - startedAt) / 1000) * RATE));
    while (sent.length < due) sent.push(one());
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(sent);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p99: latencies[Math.floor(latencies.length * 0.99)], answered: latencies.length };
}

function storedCounts(dataDir) {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
  const count = (origin) => db.prepare('SELECT count(*) AS n FROM deliveries WHERE origin = ?').get(origin).n;
  const counts = { captured: count('captured'), forwarded: count('forwarded') };
  db.close();
  return counts;
}

async function withForwarder(targetOrigin, work) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-forward-bench-'));
  try {
    const { child, origin } = await start([cli, 'listen', '--port', '0', '--data-dir', dataDir, '--retain', '0', '--quiet', '--forward', targetOrigin]);
    const result = await work(`${origin}/hooks/gitlab`, child.pid);
    await stop(child);
    return { ...result, stored: storedCounts(dataDir) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** What the ratio means on this machine: forwarders that store nothing, measured in the same rounds (see each file). */
const REFERENCES = { relay: 'tcp-relay.mjs', proxy: 'http-proxy.mjs' };
const references = { relay: [], proxy: [] };

async function throughReference(file, work) {
  const { child, origin } = await start([join(here, file), target.origin]);
  try {
    return await work(`${origin}/hooks/gitlab`, child.pid);
  } finally {
    await stop(child);
  }
}

/**
 * wrk against `url`, with the CPU each process spent per request (all its threads): wrk's, the target's and, when
 * `forwarderPid` is given, the forwarder's. These are steadier than a rate on a shared machine, and they say what
 * the ratio can be: with every core busy, a forward can cost only what the cores have left.
 */
function wrkWithCpu(url, forwarderPid = null) {
  const pids = { target: target.child.pid, ...(forwarderPid === null ? {} : { forwarder: forwarderPid }) };
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpu(pid)]));
  const result = wrk(url);
  const cpu = { wrk: result.wrkCpuMs === null ? null : (result.wrkCpuMs * 1000) / result.total };
  for (const [name, pid] of Object.entries(pids)) cpu[name] = cpuPerRequest(before[name], processCpu(pid), result.total)?.all ?? null;
  return { ...result, cpu };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const target = await start([join(here, 'bare-server.mjs')]);
const direct = `${target.origin}/hooks/gitlab`;
const ratios = [];
const cpuRounds = { straight: [], coresBusy: [], hookbench: [], relay: [], proxy: [] };
const added = [];
const proxyAdded = [];
let lost = 0;
try {
  for (let round = 1; round <= ROUNDS; round++) {
    // Each way in turn, the order rotating each round, so a warming or cooling machine favours none.
    const ways = ['direct', 'hookbench', 'relay', 'proxy'];
    const measured = {};
    for (const way of ways.map((_, i) => ways[(i + round) % ways.length])) {
      if (way === 'direct') measured.direct = wrkWithCpu(direct);
      else if (way === 'hookbench') measured.hookbench = await withForwarder(target.origin, async (url, pid) => wrkWithCpu(url, pid));
      else measured[way] = await throughReference(REFERENCES[way], async (url, pid) => wrkWithCpu(url, pid));
    }
    const { direct: straight, hookbench: through } = measured;
    const missing = Math.max(0, through.acknowledged - Math.min(through.stored.captured, through.stored.forwarded));
    lost += missing;
    ratios.push(through.rate / straight.rate);
    for (const way of Object.keys(REFERENCES)) references[way].push(measured[way].rate / straight.rate);
    const straightCpu = straight.cpu.wrk === null || straight.cpu.target === null ? null : straight.cpu.wrk + straight.cpu.target;
    if (straightCpu !== null) {
      cpuRounds.straight.push(straightCpu);
      cpuRounds.coresBusy.push((straightCpu * straight.rate) / 1e6);
      for (const way of ['hookbench', ...Object.keys(REFERENCES)]) cpuRounds[way].push(measured[way].cpu.forwarder);
    }
    const perForward = through.cpu.forwarder === null ? '' : `, ${through.cpu.forwarder.toFixed(0)} µs CPU per forward`;
    console.log(
      `round ${round}: direct ${straight.rate.toFixed(0)} req/s, through hookbench ${through.rate.toFixed(0)} req/s ` +
        `(ratio ${(through.rate / straight.rate).toFixed(2)}); acknowledged ${through.acknowledged}, stored ${through.stored.captured} ` +
        `captures and ${through.stored.forwarded} legs, missing ${missing}${perForward}; references: TCP relay ` +
        `${(measured.relay.rate / straight.rate).toFixed(2)}, node:http proxy ${(measured.proxy.rate / straight.rate).toFixed(2)}; load ${loadavg()[0].toFixed(1)}`,
    );
  }
  for (let round = 1; round <= 3; round++) {
    // Each side warmed by a second of the same load, not counted: the p99 is the steady state's, as in capture.mjs.
    const steady = async (url) => {
      await paced(url, 1);
      return paced(url);
    };
    const straight = await steady(direct);
    const through = await withForwarder(target.origin, steady);
    const proxied = await throughReference(REFERENCES.proxy, steady);
    added.push(through.p99 - straight.p99);
    proxyAdded.push(proxied.p99 - straight.p99);
    console.log(
      `paced ${RATE}/s round ${round}: p99 direct ${straight.p99.toFixed(2)} ms, through hookbench ${through.p99.toFixed(2)} ms, ` +
        `through the node:http proxy ${proxied.p99.toFixed(2)} ms; load ${loadavg()[0].toFixed(1)}`,
    );
  }
} finally {
  await stop(target.child);
}
const ratio = median(ratios);
const addedP99 = median(added);
console.log(`forwarding through hookbench / direct: ${ratio.toFixed(2)} (median of ${ROUNDS}; target ≥ ${TARGET_RATIO}), deliveries lost: ${lost}`);
console.log(
  `the same rounds, forwarders that store nothing / direct: a TCP relay ${median(references.relay).toFixed(2)}, ` +
    `a node:http proxy ${median(references.proxy).toFixed(2)} (hookbench ${(ratio / median(references.proxy)).toFixed(2)} of the proxy)`,
);
console.log(
  `p99 added by forwarding at ${RATE} req/s: ${addedP99.toFixed(2)} ms (median of 3; target ≤ ${TARGET_ADDED_P99_MS} ms); ` +
    `the node:http proxy that stores nothing adds ${median(proxyAdded).toFixed(2)} ms`,
);
if (cpuRounds.straight.length > 0) {
  const cpu = Object.fromEntries(Object.entries(cpuRounds).map(([way, values]) => [way, median(values)]));
  console.log(
    `CPU per request, medians: straight to the target ${cpu.straight.toFixed(0)} µs (wrk and the target; ` +
      `${cpu.coresBusy.toFixed(1)} of ${availableParallelism()} cores busy); a forward: hookbench ${cpu.hookbench.toFixed(0)} µs, ` +
      `the node:http proxy ${cpu.proxy.toFixed(0)}, the TCP relay ${cpu.relay.toFixed(0)}`,
  );
  // Through a forwarder each request costs what it costs straight plus the forward; with every core busy both
  // ways, the rates go as the inverse of those sums, so a ratio r leaves the forward (1/r - 1) times the straight cost.
  console.log(
    `with every core busy, a ratio of ${TARGET_RATIO} leaves a forward at most ${(cpu.straight * (1 / TARGET_RATIO - 1)).toFixed(0)} µs of CPU ` +
      `on this machine; where cores are to spare, the forwarder's busiest thread is the limit instead`,
  );
}
if (ratio < TARGET_RATIO || lost > 0 || addedP99 > TARGET_ADDED_P99_MS) {
  console.error(lost > 0 ? 'FAIL: acknowledged deliveries are missing from the store.' : 'FAIL: forwarding is below its targets.');
  process.exit(1);
}
