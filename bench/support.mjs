// What the benchmarks share: the built CLI, a store hookbench made itself and filled, `serve` and its API.
// Run with --experimental-strip-types: it reads the store's insert statements from the source.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL } from '../src/main/core/store/insert-statements.ts';

export const cli = join(dirname(fileURLToPath(import.meta.url)), '../out/main/cli.js');

export function requireBuild() {
  if (existsSync(cli)) return;
  console.error('out/main/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}

/** Hookbench makes its own store (schema, tally, lease table): a `listen` that starts and stops. */
export async function createStore(dataDir) {
  const child = spawn(process.execPath, [cli, 'listen', '--port', '0', '--quiet', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => /listening on/.test(String(chunk)) && resolve());
    child.once('exit', (code) => reject(new Error(`listen exited with ${code} before listening`)));
  });
  child.removeAllListeners('exit');
  await new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'));
}

/** `count` deliveries with this body written straight into the store (one in ten red). */
export async function fill(dataDir, count, body) {
  await createStore(dataDir);
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'));
  const delivery = db.prepare(INSERT_DELIVERY_SQL);
  const exchange = db.prepare(INSERT_EXCHANGE_SQL);
  const headers = JSON.stringify(['Content-Type', 'application/json', 'X-Gitlab-Event', 'Push Hook']);
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const status = i % 10 === 0 ? 500 : 200;
    const { lastInsertRowid } = delivery.run('captured', null, Date.now() - i, 'POST', `/hooks/${i}`, 'gitlab',
      'Push Hook', status, null, 1.5, body.length, 0, 'not-configured', 'not-configured');
    exchange.run(Number(lastInsertRowid), '1.1', '127.0.0.1', headers, body, '[]', Buffer.from('OK\n'), 3, null);
  }
  db.exec('COMMIT');
  db.close();
}

/** `hookbench serve` on the folder (of this checkout, or of the built one at `cliPath`); resolves with its UI origin, token and receiver URL. */
export function serve(dataDir, cliPath = cli) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--ui-port', '0', '--data-dir', dataDir, '--retain', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const ui = /ui: (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(seen);
      const receiver = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
      if (ui && receiver) resolve({ child, origin: ui[1], token: ui[2], uiUrl: ui[0].slice(4), receiverUrl: receiver[1] });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

/**
 * One contract call over the web face, on a connection of its own: a kept-alive one can be closed by the
 * server's idle timeout just as a call that waited on a long search is sent.
 */
export function call({ origin, token }, method, ...args) {
  const body = JSON.stringify({ args });
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/api/call/${method}`, {
      method: 'POST',
      agent: false,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Origin: origin, 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${method}: ${res.statusCode} ${text}`));
        else resolve(JSON.parse(text).result);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];
export const median = (values) => percentile(values, 50);
