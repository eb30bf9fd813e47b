// Where getDelivery's time goes with a 25 MB body stored: the detail columns read with the bodies in the
// middle of the exchanges row (today's column order) against the same columns with the bodies last.
// Prints both, so a migration that moves the body columns to the end can be checked by the same script.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../src/main/core/store/schema.ts';

const BODY_MB = 25;
const ROUNDS = 30;
const DETAIL_COLUMNS = 'http_version, remote_address, request_headers, response_headers, response_size, error_message, token_reason, signature_reason';

const dir = mkdtempSync(join(tmpdir(), 'hookbench-columns-'));
try {
  const db = new DatabaseSync(join(dir, 'hookbench.db'));
  db.exec('PRAGMA journal_mode = WAL;');
  db.exec(SCHEMA);
  // The same row in a table whose body columns come last: what the migration would produce.
  db.exec(`CREATE TABLE exchanges_bodies_last AS SELECT id, ${DETAIL_COLUMNS}, request_body, response_body FROM exchanges WHERE 0`);
  const body = Buffer.alloc(BODY_MB * 1024 * 1024, '{"a":1}');
  const headers = JSON.stringify(['Content-Type', 'application/json']);
  db.prepare(`INSERT INTO exchanges (id, http_version, remote_address, request_headers, request_body, response_headers, response_body, response_size)
    VALUES (1, '1.1', '127.0.0.1', ?, ?, '[]', ?, 3)`).run(headers, body, Buffer.from('OK\n'));
  db.exec(`INSERT INTO exchanges_bodies_last SELECT id, ${DETAIL_COLUMNS}, request_body, response_body FROM exchanges`);

  const time = (table) => {
    const statement = db.prepare(`SELECT ${DETAIL_COLUMNS} FROM ${table} WHERE id = 1`);
    statement.get();
    const started = performance.now();
    for (let i = 0; i < ROUNDS; i++) statement.get();
    return (performance.now() - started) / ROUNDS;
  };
  const middle = time('exchanges');
  const last = time('exchanges_bodies_last');
  console.log(`getDelivery's columns with a ${BODY_MB} MB body: bodies in the middle ${middle.toFixed(2)} ms, bodies last ${last.toFixed(3)} ms (${(middle / last).toFixed(0)}x)`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
