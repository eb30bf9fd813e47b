/** A search over a large store runs on the reader thread: hooks arriving meanwhile are answered as fast as without it. */
import { request, Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { capturedPush } from '../e2e/support/seed-deliveries';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const BODY_BYTES = 1024 * 1024;
const BODIES = 32;
/** Hooks go on until this many searches have finished, within the test's time. */
const SEARCHES = 2;
const HOOKS_PER_SECOND = 20;
const PHASE_MS = 2_500;

function post(agent: Agent, port: number): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/hook', method: 'POST', agent, headers: { 'X-Gitlab-Event': 'Push Hook' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - started));
    });
    req.on('error', reject);
    req.end('{"object_kind":"push"}');
  });
}

/** Hooks at a fixed rate for at least `PHASE_MS` and until `done()`; resolves with each one's answer time in ms. */
async function hooksAtFixedRate(port: number, done: () => boolean = () => true): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const answers: Promise<number>[] = [];
  const started = performance.now();
  for (let i = 0; performance.now() - started < PHASE_MS || !done(); i++) {
    answers.push(post(agent, port));
    const next = started + ((i + 1) * 1000) / HOOKS_PER_SECOND;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
  }
  const times = await Promise.all(answers);
  agent.destroy();
  return times;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

describe('capture while the UI searches', () => {
  const tempDir = useTempDirs();
  const startCore = useCores();

  it(`answers hooks as fast while a search scans ${BODIES} MB of bodies`, async () => {
    const dataDir = tempDir();
    const seed = new DeliveryStore(dataDir);
    const body = new Uint8Array(BODY_BYTES).fill(0x61);
    for (let i = 0; i < BODIES; i += 16) seed.insertBatch(Array.from({ length: 16 }, () => capturedPush({ requestBody: body, requestSize: BODY_BYTES })));
    await seed.close();
    const { core, port } = await startCore(dataDir);

    const quiet = await hooksAtFixedRate(port);

    let searching = true;
    const searchTimes: number[] = [];
    const searches = (async () => {
      while (searching) {
        const started = performance.now();
        const page = await core.handlers.listDeliveries({ offset: 0, limit: 100, search: 'a-needle-in-no-body' });
        expect(page.total).toBe(0);
        searchTimes.push(performance.now() - started);
        // The next search comes over the network from the UI, not in the same turn of the event loop.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const duringSearch = await hooksAtFixedRate(port, () => searchTimes.length >= SEARCHES);
    searching = false;
    await searches;

    const medianSearch = percentile(searchTimes, 50);
    const [quietP99, searchingP99] = [percentile(quiet, 99), percentile(duringSearch, 99)];
    console.log(`search ${medianSearch.toFixed(0)} ms (${searchTimes.length} runs); hook answer p99 ${quietP99.toFixed(1)} ms quiet, ${searchingP99.toFixed(1)} ms while searching`);
    // Searches really ran the whole time, and each took long enough that a hook waiting on one would show it.
    expect(medianSearch).toBeGreaterThan(100);
    expect(Math.max(...duringSearch)).toBeLessThan(medianSearch / 2);
  }, 60_000);
});
