import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../../src/main/core/store/delivery-store';
import { bodyBytes, useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';
import { forwardedPair, legStored } from './forward-support';

const tempDir = useTempDirs();
const startCore = useCores();
const servers: Array<{ close(): void; closeAllConnections?(): void }> = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections?.();
    server.close();
  }
});

function listening<T extends Server | ReturnType<typeof createTcpServer>>(server: T): Promise<number> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** A node:http target counting the connections it was opened and has closed; answers chunked when asked. */
async function countingTarget(keepAliveTimeout = 5_000) {
  const target = { connections: 0, closed: 0, port: 0 };
  const server = createHttpServer({ keepAliveTimeout }, (req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/chunked')) {
        res.write('part one, ');
        setTimeout(() => res.end('part two'), 20);
      } else {
        res.end(`answer to ${req.url}`);
      }
    });
  });
  server.on('connection', (socket) => {
    target.connections++;
    socket.on('close', () => target.closed++);
  });
  target.port = await listening(server);
  return target;
}

const post = (port: number, path: string) => fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: '{"object_kind":"push"}' });

describe('connections to a forward target', () => {
  it('are kept open and reused from one forward to the next', async () => {
    const target = await countingTarget();
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `http://127.0.0.1:${target.port}` } });
    for (let i = 1; i <= 5; i++) {
      const response = await post(started.port, `/hook${i}`);
      expect(await response.text()).toBe(`answer to /hook${i}`);
    }
    expect(target.connections).toBe(1);
    await legStored(started, 5);
  });

  it('are opened afresh once the target has closed an idle one', async () => {
    const target = await countingTarget(100);
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `http://127.0.0.1:${target.port}` } });
    expect((await post(started.port, '/first')).status).toBe(200);
    // node adds its keep-alive buffer (1 s) to the timeout before it closes.
    const deadline = Date.now() + 5_000;
    while (target.closed === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(target.closed).toBe(1);
    const second = await post(started.port, '/second');
    expect(await second.text()).toBe('answer to /second');
    expect(target.connections).toBe(2);
  });

  it('pass a chunked answer on whole, and store it as the bytes it carried', async () => {
    const target = await countingTarget();
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `http://127.0.0.1:${target.port}` } });
    const response = await post(started.port, '/chunked');
    expect(await response.text()).toBe('part one, part two');
    await legStored(started);
    const { leg, captured } = await forwardedPair(started);
    expect((await bodyBytes(started.core, leg.id, 'response')).toString()).toBe('part one, part two');
    expect((await bodyBytes(started.core, captured.id, 'response')).toString()).toBe('part one, part two');
  });

  it('answer 502 saying so when the target does not speak HTTP', async () => {
    const server = createTcpServer((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n\r\n'));
    const port = await listening(server);
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `http://127.0.0.1:${port}` } });
    const response = await post(started.port, '/x');
    expect(response.status).toBe(502);
    expect(await response.text()).toBe(
      `Hookbench could not forward this delivery to http://127.0.0.1:${port}/x: 127.0.0.1:${port} answered with something that is not HTTP/1.1: its status line is "SSH-2.0-OpenSSH_9.6".\n`,
    );
    await legStored(started);
    expect((await forwardedPair(started)).leg).toMatchObject({ errorKind: 'other', status: null });
  });

  it('leave no ended leg unstored when the core closes right after the answer', async () => {
    const target = await countingTarget();
    const dataDir = tempDir();
    const started = await startCore(dataDir, {}, undefined, { routeFlags: { forward: `http://127.0.0.1:${target.port}` } });
    expect(await (await post(started.port, '/last')).text()).toBe('answer to /last');
    // No other forward follows to carry the leg into its commit: closing must store it.
    await started.core.close();
    const store = new DeliveryStore(dataDir);
    try {
      expect([...store.iterateDetails()].map((d) => [d.origin, d.status])).toEqual([['captured', 200], ['forwarded', 200]]);
    } finally {
      await store.close();
    }
  });

  it('pass on a target\'s early answer to a big body, and the next forward still gets through', async () => {
    // The target answers before reading the body, as a receiver with a size limit does.
    const server = createHttpServer((req, res) => {
      if (req.url === '/big') res.writeHead(413, { 'Content-Type': 'text/plain' }).end('too big');
      else req.resume().on('end', () => res.end(`answer to ${req.url}`));
    });
    const port = await listening(server);
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `http://127.0.0.1:${port}` } });
    const early = await fetch(`http://127.0.0.1:${started.port}/big`, { method: 'POST', body: Buffer.alloc(25 * 1024 * 1024, 1) });
    expect([early.status, await early.text()]).toEqual([413, 'too big']);
    expect(await (await post(started.port, '/next')).text()).toBe('answer to /next');
  }, 60_000);
});
