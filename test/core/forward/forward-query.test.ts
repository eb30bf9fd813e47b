import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';
import { legStored, type StartedCore } from './forward-support';

const tempDir = useTempDirs();
const startCore = useCores();
const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** A receiver under development: /fail answers 500 with its own words, anything else 200. */
async function receiverUnderDevelopment(): Promise<number> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/fail')) res.writeHead(500, { 'Content-Type': 'text/plain' }).end('database is locked');
      else res.end('queued');
    });
  });
  closers.push(() => server.close());
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

async function listed(started: StartedCore, search: string) {
  const page = await started.core.handlers.listDeliveries({ offset: 0, limit: 50, search });
  return { rows: page.rows.map((row) => [row.origin, row.url]), total: page.total };
}

describe('a query over forwarded pairs', () => {
  it('lists the pair (its capture, once) when the forward leg matches', async () => {
    const targetPort = await receiverUnderDevelopment();
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { routes: [`POST /hooks/** -> http://localhost:${targetPort}`] } });
    const post = (path: string) => fetch(`http://127.0.0.1:${started.port}${path}`, { method: 'POST', body: '{"object_kind":"push"}' });
    await post('/hooks/ok');
    await post('/hooks/fail');
    await post('/plain');
    await legStored(started, 2);

    const ok = ['captured', '/hooks/ok'];
    const fail = ['captured', '/hooks/fail'];
    const plain = ['captured', '/plain'];
    // The target's URL is the leg's alone.
    expect(await listed(started, `target:localhost:${targetPort}`)).toEqual({ rows: [fail, ok], total: 2 });
    expect(await listed(started, `-target:localhost:${targetPort}`)).toEqual({ rows: [plain], total: 1 });
    // The receiver's answer: its status and its words (answer bodies are not in the search index).
    expect(await listed(started, 'status:500')).toEqual({ rows: [fail], total: 1 });
    expect(await listed(started, '"database is locked"')).toEqual({ rows: [fail], total: 1 });
    // The Host the leg went with, and a capture term and a leg term together.
    expect(await listed(started, `header:Host=localhost:${targetPort}`)).toEqual({ rows: [fail, ok], total: 2 });
    expect(await listed(started, `/ok target:localhost:${targetPort}`)).toEqual({ rows: [ok], total: 1 });
    // Asked for legs, the legs themselves are listed, matched on their own.
    expect((await listed(started, `origin:forwarded status:500`)).rows).toEqual([['forwarded', `http://localhost:${targetPort}/fail`]]);
  });
});
