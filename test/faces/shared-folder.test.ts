/** Real processes sharing one data folder: `serve` shows what `send` writes, and one of two `serve`s receives. */
import { createServer, type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { DeliveriesChanged } from '@shared/contract';
import type { DeliveryRow } from '@shared/delivery';
import { freePort } from '../e2e/support/hookbench-serve';
import { closedPort } from '../support/local-servers';
import { useCliProcesses, type CliProcess } from '../support/cli-processes';
import { useTempDirs } from '../support/temp-dir';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { capturedPush } from '../e2e/support/seed-deliveries';

const WRITES = 20;

interface Serving {
  cli: CliProcess;
  ui: { port: number; token: string };
  call<T>(method: string, ...args: unknown[]): Promise<T>;
}

async function serving(cli: CliProcess): Promise<Serving> {
  const [, port, token] = await cli.shows(/ui: http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)/, 20_000);
  const call = async <T,>(method: string, ...args: unknown[]): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${port}/api/call/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ args }),
    });
    return ((await response.json()) as { result: T }).result;
  };
  return { cli, ui: { port: Number(port), token }, call };
}

/** Every delivery announced to a UI connected over the web face's WebSocket, with when it arrived. */
async function announcements(ui: Serving['ui']) {
  const socket = new WebSocket(`ws://127.0.0.1:${ui.port}/api/events?token=${ui.token}`);
  const seen: Array<{ row: DeliveryRow; at: number; counts: DeliveriesChanged['counts'] }> = [];
  socket.on('message', (data: Buffer) => {
    const { name, payload } = JSON.parse(data.toString()) as { name: string; payload: DeliveriesChanged };
    if (name === 'deliveriesChanged') for (const row of payload.rows) seen.push({ row, at: Date.now(), counts: payload.counts });
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { seen, close: () => socket.close() };
}

function answering(status: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((req, res) => req.resume().on('end', () => res.writeHead(status).end())).listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('processes sharing one data folder', () => {
  const tempDir = useTempDirs();
  const run = useCliProcesses();

  it("shows `send`'s deliveries from another process in serve's open UI at once, with the folder's counts", async () => {
    const dataDir = tempDir();
    const ui = await serving(run(['serve', '--port', '0', '--ui-port', '0', '--data-dir', dataDir]));
    const [, receiverPort] = await ui.cli.shows(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    const events = await announcements(ui.ui);
    const failing = await answering(500);
    try {
      const targets = [
        `http://127.0.0.1:${receiverPort}/hooks/gitlab`,
        `http://127.0.0.1:${(failing.address() as { port: number }).port}/hook`,
        `http://127.0.0.1:${await closedPort()}/hook`,
      ];
      for (const to of targets) {
        expect(await run(['send', 'Push Hook', '--to', to, '--data-dir', dataDir]).exited).toBe(to === targets[0] ? 0 : 1);
        await until(() => events.seen.find((e) => e.row.origin === 'sample' && e.row.url === to), 2_000);
      }
      expect(events.seen.map((e) => e.row.origin).sort()).toEqual(['captured', 'sample', 'sample', 'sample']);
      expect(events.seen.at(-1)?.counts).toEqual({ total: 4, failures: 1, internalErrors: 1 });
      // A reload asks afresh: the list and the counts are the folder's.
      expect(await ui.call('getCounts')).toEqual({ total: 4, failures: 1, internalErrors: 1 });
      const page = await ui.call<{ total: number; rows: DeliveryRow[] }>('listDeliveries', { offset: 0, limit: 10 });
      expect(page.total).toBe(4);
      expect(page.rows).toHaveLength(4);
    } finally {
      events.close();
      failing.close();
    }
  }, 60_000);

  it('brings a row committed by another process to the open UI within 100 ms p95', async () => {
    const dataDir = tempDir();
    const ui = await serving(run(['serve', '--port', '0', '--ui-port', '0', '--data-dir', dataDir]));
    const events = await announcements(ui.ui);
    // This test's own process is the other writer: it commits as `send` does, and knows exactly when.
    const writer = new DeliveryStore(dataDir);
    try {
      const latencies: number[] = [];
      for (let i = 0; i < WRITES; i++) {
        await new Promise((resolve) => setTimeout(resolve, 40 + (i % 5) * 10));
        const [id] = writer.insertBatch([capturedPush({ url: `/written/${i}` })]);
        const committed = Date.now();
        const seen = await until(() => events.seen.find((e) => e.row.id === id), 2_000);
        latencies.push(seen.at - committed);
      }
      latencies.sort((a, b) => a - b);
      const p95 = latencies[Math.ceil(0.95 * WRITES) - 1];
      console.log(`another process's commit to the open UI: median ${latencies[WRITES / 2]} ms, p95 ${p95} ms`);
      expect(p95).toBeLessThanOrEqual(100);
      expect(await ui.call('getCounts')).toEqual({ total: WRITES, failures: 0, internalErrors: 0 });
    } finally {
      events.close();
      await writer.close();
    }
  }, 60_000);

  it('lets one of two serves receive; the other names it, and takes the port over when it is killed', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const args = ['serve', '--port', String(port), '--ui-port', '0', '--data-dir', dataDir];
    const first = await serving(run(args));
    await first.cli.shows(/listening on/);
    const second = await serving(run(args));
    const holder = first.cli.child.pid;
    expect(second.cli.output()).toContain(`Hookbench serve (pid ${holder}) receives for this folder on :${port}.`);
    expect(second.cli.output()).not.toMatch(/in use/);
    expect(await second.call('getReceiverState')).toMatchObject({ status: 'elsewhere', port, holder: { pid: holder, kind: 'serve' } });

    const killedAt = Date.now();
    first.cli.child.kill('SIGKILL');
    await second.cli.shows(new RegExp(`listening on http://127\\.0\\.0\\.1:${port}/`), 5_000);
    console.log(`took over ${Date.now() - killedAt} ms after kill -9`);
    expect(await second.call('getReceiverState')).toMatchObject({ status: 'listening', port });
    const answer = await fetch(`http://127.0.0.1:${port}/after/takeover`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(200);
  }, 60_000);
});

async function until<T>(find: () => T | undefined, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`not seen within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
