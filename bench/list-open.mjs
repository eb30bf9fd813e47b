// npm run bench (second half): opening the inbox with 100 000 stored deliveries against 10, through
// the real web face. The first page and the counts must not grow with the size of the store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, fill, requireBuild, serve } from './support.mjs';

const TARGET_RATIO = 3;
requireBuild();

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
    await fill(dataDir, count, Buffer.from(JSON.stringify({ object_kind: 'push', ref: 'refs/heads/main', padding: 'x'.repeat(900) })));
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
