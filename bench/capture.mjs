// npm run bench: capture throughput with persistence against a bare node:http server, same run,
// same load, on loopback. Prints the ratio and fails below 0.7 or when any acknowledged delivery
// is missing from the store.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '../out/main/cli.js');
const TARGET_RATIO = 0.7;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CONNECTIONS = 50;

if (!existsSync(cli)) {
  console.error('out/main/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
if (spawnSync('wrk', ['--version']).error) {
  console.error('The benchmark drives load with wrk: install it (Debian: apt-get install wrk; macOS: brew install wrk).');
  process.exit(2);
}

function start(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(seen);
      if (match) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({ child, url: `${match[1]}/hooks/gitlab` });
      }
    });
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

/** Runs wrk and returns completed requests per second and the count of 2xx answers. */
function load(url) {
  const result = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '-s', join(here, 'push-hook.lua'), url], {
    encoding: 'utf8',
  });
  const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(result.stdout)?.[1]);
  const total = Number(/(\d+) requests in/.exec(result.stdout)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(result.stdout)?.[1] ?? 0);
  const socketErrors = /Socket errors: (.*)/.exec(result.stdout)?.[1] ?? null;
  if (!rate) throw new Error(`wrk gave no rate:\n${result.stdout}${result.stderr}`);
  return { rate, acknowledged: total - non2xx, socketErrors };
}

async function measureBare() {
  const { child, url } = await start([join(here, 'bare-server.mjs')]);
  try {
    return load(url).rate;
  } finally {
    await stop(child);
  }
}

async function measureHookbench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-bench-'));
  try {
    const { child, url } = await start([cli, 'listen', '--port', '0', '--data-dir', dataDir, '--retain', '0', '--quiet']);
    const { rate, acknowledged, socketErrors } = load(url);
    await stop(child);
    const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
    const stored = db.prepare('SELECT count(*) AS n FROM deliveries').get().n;
    db.close();
    return { rate, acknowledged, stored, socketErrors };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ratios = [];
let lost = 0;
for (let round = 1; round <= ROUNDS; round++) {
  // Alternating which goes first keeps a warming or cooling machine from favouring one side.
  const bareFirst = round % 2 === 1;
  const bare = bareFirst ? await measureBare() : undefined;
  const hookbench = await measureHookbench();
  const bareRate = bare ?? (await measureBare());
  const missing = Math.max(0, hookbench.acknowledged - hookbench.stored);
  lost += missing;
  ratios.push(hookbench.rate / bareRate);
  console.log(
    `round ${round}: bare node:http ${bareRate.toFixed(0)} req/s, hookbench ${hookbench.rate.toFixed(0)} req/s ` +
      `(ratio ${(hookbench.rate / bareRate).toFixed(2)}); acknowledged ${hookbench.acknowledged}, stored ${hookbench.stored}, ` +
      `missing ${missing}${hookbench.socketErrors ? `; socket errors: ${hookbench.socketErrors}` : ''}`,
  );
}

const ratio = median(ratios);
console.log(`capture with persistence / bare node:http: ${ratio.toFixed(2)} (median of ${ROUNDS}; target ≥ ${TARGET_RATIO}), deliveries lost: ${lost}`);
if (ratio < TARGET_RATIO || lost > 0) {
  console.error(lost > 0 ? 'FAIL: acknowledged deliveries are missing from the store.' : 'FAIL: capture is below the target ratio.');
  process.exit(1);
}
