// npm run bench (second half): opening the inbox with 100 000 stored deliveries against 10, through
// the real web face. The first page and the counts must not grow with the size of the store.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL } from '../src/main/core/store/insert-statements.ts';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '../out/main/cli.js');
const TARGET_RATIO = 3;
if (!existsSync(cli)) {
  console.error('out/main/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}

/** Hookbench makes its own store (schema, tally, lease table): a `listen` that starts and stops. */
async function createStore(dataDir) {
  const child = spawn(process.execPath, [cli, 'listen', '--port', '0', '--quiet', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => /listening on/.test(String(chunk)) && resolve());
    child.once('exit', (code) => reject(new Error(`listen exited with ${code} before listening`)));
  });
  child.removeAllListeners('exit');
  await new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'));
}

/** Rows written straight into the store, the folder's tally brought up to them as the store does. */
async function fill(dataDir, count) {
  await createStore(dataDir);
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'));
  const delivery = db.prepare(INSERT_DELIVERY_SQL);
  const exchange = db.prepare(INSERT_EXCHANGE_SQL);
  const body = Buffer.from(JSON.stringify({ object_kind: 'push', ref: 'refs/heads/main', padding: 'x'.repeat(900) }));
  const headers = JSON.stringify(['Content-Type', 'application/json', 'X-Gitlab-Event', 'Push Hook']);
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const status = i % 10 === 0 ? 500 : 200;
    const { lastInsertRowid } = delivery.run('captured', null, Date.now() - i, 'POST', `/hooks/${i}`, 'gitlab',
      'Push Hook', status, null, 1.5, body.length, 0, 'not-configured', 'not-configured');
    exchange.run(Number(lastInsertRowid), '1.1', '127.0.0.1', headers, body, '[]', Buffer.from('OK\n'), 3, null);
  }
  db.prepare('UPDATE delivery_tally SET seq = seq + 1, total = total + ?, failures = failures + ?').run(count, Math.ceil(count / 10));
  db.exec('COMMIT');
  db.close();
}

function serve(dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--ui-port', '0', '--data-dir', dataDir, '--retain', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /ui: (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(seen);
      if (match) resolve({ child, origin: match[1], token: match[2] });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

async function call({ origin, token }, method, ...args) {
  const response = await fetch(`${origin}/api/call/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ args }),
  });
  if (!response.ok) throw new Error(`${method}: ${response.status} ${await response.text()}`);
  return (await response.json()).result;
}

/** What the inbox asks for when it opens: counts, the first window of rows, the newest detail. */
async function openInbox(face) {
  const started = performance.now();
  await call(face, 'getCounts');
  const page = await call(face, 'listDeliveries', { offset: 0, limit: 100 });
  await call(face, 'getDelivery', page.rows[0].id);
  await call(face, 'listDeliveries', { offset: Math.floor(page.total / 2), limit: 100 });
  return performance.now() - started;
}

async function measure(count) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-list-'));
  try {
    await fill(dataDir, count);
    const face = await serve(dataDir);
    try {
      await openInbox(face);
      const times = [];
      for (let i = 0; i < 20; i++) times.push(await openInbox(face));
      return times.sort((a, b) => a - b)[10];
    } finally {
      face.child.kill('SIGTERM');
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const small = await measure(10);
const large = await measure(100_000);
const ratio = large / small;
console.log(`opening the inbox: 10 deliveries ${small.toFixed(2)} ms, 100 000 deliveries ${large.toFixed(2)} ms (ratio ${ratio.toFixed(2)}; target ≤ ${TARGET_RATIO})`);
if (ratio > TARGET_RATIO) {
  console.error('FAIL: opening the inbox grows with the size of the store.');
  process.exit(1);
}
