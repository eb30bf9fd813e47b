import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL } from '../../src/main/core/store/insert-statements';
import { migrate } from '../../src/main/core/store/schema';

/** A version 4 store as the previous release wrote it: bodies of 0 to 1 200 random bytes, some without a response. */
export function version4Store(dataDir: string, rows: number): void {
  const db = new DatabaseSync(join(dataDir, 'hookbench.db'));
  db.exec('PRAGMA journal_mode = WAL');
  migrate(db, 4);
  const pool = createHash('sha512').update('seed').digest();
  const bytes = Buffer.alloc(64 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = pool[i % pool.length] ^ (i * 31) ^ (i >> 7);
  const delivery = db.prepare(INSERT_DELIVERY_SQL);
  const exchange = db.prepare(INSERT_EXCHANGE_SQL);
  db.exec('BEGIN');
  for (let i = 0; i < rows; i++) {
    const start = (i * 7919) % (bytes.length - 1200);
    const body = bytes.subarray(start, start + ((i * 37) % 1201));
    delivery.run('captured', null, i, 'POST', `/hook/${i}`, 'gitlab', 'Push Hook', 200, null, 1, body.length, 0, 'not-configured', 'not-configured');
    const answered = i % 10 !== 0;
    exchange.run(i + 1, '1.1', '127.0.0.1', JSON.stringify(['X-Seq', String(i)]), body, answered ? '[]' : null,
      answered ? Buffer.from(`OK ${i}\n`) : null, answered ? 5 : null, null, null, null);
  }
  db.exec('COMMIT');
  db.close();
}
