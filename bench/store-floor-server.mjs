// The capture design's floor: bare node:http (bare-server.mjs) plus the store's own work and nothing else: each
// delivery's two rows written with Hookbench's own statements and values, 16 rows a statement, one transaction per
// turn of the event loop, the sender answered as bare answers once it is committed. No routes, checks, announcements
// or threads, and no checkpoint during a round (Hookbench's run on a thread of their own, when the writers pause):
// capture's ratio against this one says how much of the gap to bare is the store itself.
// Run with --experimental-strip-types (Node 22.6 and later strip by default): it reads the statements from the source.
// It repeats DeliveryWrites.batch's loop rather than importing it: that file's imports name no file extension, which
// Node's own loader cannot follow.
import { createServer } from 'node:http';
import { setImmediate } from 'node:timers';
import { DatabaseSync } from 'node:sqlite';
import {
  INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL, ROWS_PER_STATEMENT, deliveryParams, exchangeParams, insertDeliveriesSql, insertExchangesSql,
} from '../src/main/core/store/insert-statements.ts';

const ANSWER_HEADERS = ['Content-Type', 'text/plain; charset=utf-8', 'Content-Length', '3'];
const ANSWER = 'OK\n';
const ANSWER_BYTES = Buffer.from(ANSWER);

const db = new DatabaseSync(process.argv[2]);
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0');
const one = { delivery: db.prepare(INSERT_DELIVERY_SQL), exchange: db.prepare(INSERT_EXCHANGE_SQL) };
const many = {
  delivery: db.prepare(insertDeliveriesSql(ROWS_PER_STATEMENT)),
  exchange: db.prepare(insertExchangesSql(ROWS_PER_STATEMENT)),
};

let pending = [];
function commit() {
  const batch = pending;
  pending = [];
  db.exec('BEGIN IMMEDIATE');
  let next = 0;
  for (; next + ROWS_PER_STATEMENT <= batch.length; next += ROWS_PER_STATEMENT) {
    const rows = batch.slice(next, next + ROWS_PER_STATEMENT);
    const first = Number(many.delivery.run(...rows.flatMap(({ record }) => deliveryParams(record))).lastInsertRowid) - ROWS_PER_STATEMENT + 1;
    many.exchange.run(...rows.flatMap(({ record }, i) => [first + i, ...exchangeParams(record)]));
  }
  for (const { record } of batch.slice(next)) {
    one.exchange.run(Number(one.delivery.run(...deliveryParams(record)).lastInsertRowid), ...exchangeParams(record));
  }
  db.exec('COMMIT');
  for (const { res } of batch) {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': 3 });
    res.end(ANSWER);
  }
}

const server = createServer((req, res) => {
  const started = performance.now();
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const record = {
      origin: 'captured', parentId: null, receivedAt: Date.now(), method: req.method, url: req.url, provider: 'gitlab',
      event: req.headers['x-gitlab-event'] ?? null, status: 200, errorKind: null, durationMs: performance.now() - started,
      requestSize: body.byteLength, overLimit: false, tokenCheck: 'not-configured', signatureCheck: 'not-configured',
      httpVersion: req.httpVersion, remoteAddress: req.socket.remoteAddress, requestHeaders: req.rawHeaders, requestBody: body,
      responseHeaders: ANSWER_HEADERS, responseBody: ANSWER_BYTES, errorMessage: null,
    };
    if (pending.push({ record, res }) === 1) setImmediate(commit);
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
