/** What the sender got is what is stored, also when Node's HTTP parser answers itself, and for CONNECT. */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bodyBytes, useCores } from '../support/core-harness';
import { rawRequest } from '../support/raw-http';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

async function onlyDelivery(core: Awaited<ReturnType<typeof startCore>>['core']) {
  const page = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
  expect(page.total).toBe(1);
  const detail = await core.handlers.getDelivery(page.rows[0].id);
  return detail!;
}

/** Every status line the sender read, in order. */
const statusLines = (head: string, body: Buffer) => [...`${head}\r\n\r\n${body.toString('latin1')}`.matchAll(/HTTP\/1\.1 \d{3} [^\r]*/g)].map((m) => m[0]);

describe("Node's own answers", () => {
  it('records the 400 Node sends when bytes it cannot parse follow a valid request', async () => {
    const { core, port } = await startCore(tempDir());
    const reply = await rawRequest(port, Buffer.from(`POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}\x01\x02 not http\r\n\r\n`));
    const seen = statusLines(reply.head, reply.body);
    expect(seen).toEqual(['HTTP/1.1 400 Bad Request']);

    const delivery = await onlyDelivery(core);
    expect(delivery).toMatchObject({ method: 'POST', url: '/hook', status: 400, requestSize: 2 });
    expect((await bodyBytes(core, delivery.id)).toString()).toBe('{}');
    expect(delivery.responseHeaders).toEqual([['Connection', 'close']]);
  });

  it('records the 400 for a body longer than its Content-Length', async () => {
    const { core, port } = await startCore(tempDir());
    const reply = await rawRequest(port, Buffer.from(`POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello, and then some more\r\n\r\n`));
    expect(statusLines(reply.head, reply.body)).toEqual(['HTTP/1.1 400 Bad Request']);
    const delivery = await onlyDelivery(core);
    expect(delivery.status).toBe(400);
    expect((await bodyBytes(core, delivery.id)).toString()).toBe('hello');
  });

  it('answers a valid request first when the bytes Node cannot parse come after its answer was decided', async () => {
    const { core, port } = await startCore(tempDir());
    await core.handlers.updateSettings({ receiver: { defaultResponse: { status: 202, headers: [], body: 'later', delayMs: 300 } } });
    const received = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}');
        // Stored and waiting out its delay when the junk arrives.
        setTimeout(() => socket.write('\x01junk\r\n\r\n'), 100);
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('latin1')));
      socket.on('error', reject);
      socket.on('close', () => resolve(text));
    });
    expect(statusLines(received, Buffer.alloc(0))).toEqual(['HTTP/1.1 202 Accepted', 'HTTP/1.1 400 Bad Request']);
    expect((await onlyDelivery(core)).status).toBe(202);
  });

  it('answers CONNECT with the default response and stores it like any other method', async () => {
    const { core, port } = await startCore(tempDir());
    const reply = await rawRequest(port, 'CONNECT example.com:443 HTTP/1.1\nHost: example.com:443\nX-Probe: yes\n');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe('OK\n');
    const delivery = await onlyDelivery(core);
    expect(delivery).toMatchObject({ method: 'CONNECT', url: 'example.com:443', status: 200, requestSize: 0 });
    expect(delivery.requestHeaders).toContainEqual(['X-Probe', 'yes']);
  });
});
