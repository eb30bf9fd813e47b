// Where the answer-time tail of `listen --quiet` comes from: a paced run (default 1,000 req/s for 10 s, as
// bench/capture.mjs measures its p99) that prints the answer times as a histogram, the slow answers by their
// place within each second (a stall that comes once a second, such as a checkpoint or a heartbeat, piles up in
// one tenth), when they came, and what the server wrote and spent per delivery (from /proc, on Linux).
// Usage: node bench/answer-timeline.mjs [--bare] [--rate N] [--seconds N] [--slow-ms N]
import { rmSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pacedAnswers } from './paced-load.mjs';
import { cli, here, requireBuildAndWrk, startListening, stop } from './processes.mjs';
import { bytesWritten, cpuPerRequest, processCpu } from './process-cpu.mjs';

const { values } = parseArgs({
  options: { bare: { type: 'boolean' }, rate: { type: 'string', default: '1000' }, seconds: { type: 'string', default: '10' }, 'slow-ms': { type: 'string', default: '2' } },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const slowMs = Number(values['slow-ms']);
const EDGES_MS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, Infinity];

requireBuildAndWrk();

const dataDir = mkdtempSync(join(tmpdir(), 'hookbench-timeline-'));
const args = values.bare ? [join(here, 'bare-server.mjs')] : [cli, 'listen', '--port', '0', '--data-dir', join(dataDir, 'store'), '--retain', '0', '--quiet'];
const { child, origin } = await startListening(args);
console.log(`load average before: ${loadavg().map((n) => n.toFixed(2)).join(' ')}; ${values.bare ? 'bare node:http' : 'listen --quiet'} at ${rate} req/s for ${seconds} s`);
const cpuBefore = processCpu(child.pid);
const writtenBefore = bytesWritten(child.pid);
const answers = await pacedAnswers(`${origin}/hooks/gitlab`, { rate, seconds });
const cpu = cpuPerRequest(cpuBefore, processCpu(child.pid), answers.length);
const writtenAfter = bytesWritten(child.pid);
await stop(child);
rmSync(dataDir, { recursive: true, force: true });

const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
const at = (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)].toFixed(2);
console.log(`answers ${sorted.length}: p50 ${at(0.5)} ms, p90 ${at(0.9)}, p99 ${at(0.99)}, p99.9 ${at(0.999)}, max ${sorted.at(-1).toFixed(2)}`);
let from = 0;
for (const edge of EDGES_MS) {
  const count = sorted.filter((ms) => ms >= from && ms < edge).length;
  console.log(`  ${`${from}-${edge === Infinity ? '' : edge} ms`.padEnd(12)} ${String(count).padStart(6)} ${'#'.repeat(Math.ceil((60 * count) / sorted.length))}`);
  from = edge;
}
const slow = answers.filter((a) => a.ms >= slowMs).sort((a, b) => a.sentAt - b.sentAt);
const tenths = Array.from({ length: 10 }, (_, i) => slow.filter((a) => Math.floor((a.sentAt % 1000) / 100) === i).length);
console.log(`answers of ${slowMs} ms or more by their tenth of each second (even if the tail is noise, piled up if it is periodic): ${tenths.join(' ')}`);
const bursts = [];
for (const answer of slow) {
  const last = bursts.at(-1);
  if (last && answer.sentAt - last.end < 20) Object.assign(last, { end: answer.sentAt, count: last.count + 1, worst: Math.max(last.worst, answer.ms) });
  else bursts.push({ start: answer.sentAt, end: answer.sentAt, count: 1, worst: answer.ms });
}
const SHOWN_BURSTS = 15;
const worst = [...bursts].sort((a, b) => b.worst - a.worst).slice(0, SHOWN_BURSTS).sort((a, b) => a.start - b.start);
console.log(`slow answers in ${bursts.length} bursts (requests sent within 20 ms of each other); the ${worst.length} worst at s: ${worst.map((b) => `${(b.start / 1000).toFixed(2)} (${b.count}, ${b.worst.toFixed(1)} ms)`).join(', ')}`);
if (cpu) console.log(`server CPU per request: ${cpu.all.toFixed(1)} µs, ${cpu.main.toFixed(1)} on its main thread`);
if (writtenBefore !== null) console.log(`server wrote ${((writtenAfter - writtenBefore) / 1024 / answers.length).toFixed(1)} KB per request (WAL frames, checkpoints, answers)`);
console.log(`load average after: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
