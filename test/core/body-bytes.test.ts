/** getBodyBytes: slices of a body as bytes (what IPC carries by structured clone), with the whole size. */
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const HELD_SECRET = 'glpat-held-secret-0123456789';

/** How many bytes structured clone carries for these bytes, as the desktop app's IPC would send them. */
function clonedBufferSize(bytes: Uint8Array): Promise<number> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port2.once('message', (received: Uint8Array) => {
      port1.close();
      resolve(received.buffer.byteLength);
    });
    port1.postMessage(bytes);
  });
}

describe('body bytes', () => {
  it('answers a slice, the rest from an offset, and the whole size each time, byte for byte', async () => {
    const { core, port } = await startCore(tempDir());
    const body = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256));
    expect((await fetch(`http://127.0.0.1:${port}/hooks/x`, { method: 'POST', body })).status).toBe(200);
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 1 });
    const id = rows[0]!.id;

    for (const reveal of [true, false]) {
      const head = await core.handlers.getBodyBytes(id, 'request', reveal, 0, 4096);
      expect(head).toMatchObject({ size: body.length, offset: 0 });
      expect(head!.bytes).toBeInstanceOf(Uint8Array);
      // The first screenful crosses IPC as its own 4 KB, not with the whole body's buffer behind it.
      expect(await clonedBufferSize(head!.bytes)).toBe(4096);
      expect(Buffer.from(head!.bytes).equals(body.subarray(0, 4096))).toBe(true);

      const rest = await core.handlers.getBodyBytes(id, 'request', reveal, 4096);
      expect(rest).toMatchObject({ size: body.length, offset: 4096 });
      expect(Buffer.from(rest!.bytes).equals(body.subarray(4096))).toBe(true);

      const past = await core.handlers.getBodyBytes(id, 'request', reveal, 200_000, 10);
      expect(past).toMatchObject({ size: body.length, offset: body.length });
      expect(past!.bytes.length).toBe(0);
    }
    expect(Buffer.from((await core.handlers.getBodyBytes(id, 'response'))!.bytes).toString()).toBe('OK\n');
    expect(await core.handlers.getBodyBytes(id + 1, 'request')).toBeNull();
    await expect(core.handlers.getBodyBytes(id, 'request', false, -1)).rejects.toThrow('The body offset must be a whole number of bytes ≥ 0');
  });

  it('measures and slices the masked body unless revealed: the size is the shown one, the pieces join to it', async () => {
    const { core, port } = await startCore(tempDir());
    await core.handlers.setSecret('receiver.secretToken', HELD_SECRET);
    const sent = `{"note":"${'a'.repeat(5000)}${HELD_SECRET}${'b'.repeat(5000)}"}`;
    const reply = await fetch(`http://127.0.0.1:${port}/hooks/x`, { method: 'POST', body: sent, headers: { 'X-Gitlab-Token': HELD_SECRET } });
    expect(reply.status).toBe(200);
    const id = (await core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows[0]!.id;

    const whole = Buffer.from((await core.handlers.getBodyBytes(id, 'request'))!.bytes).toString();
    expect(whole).not.toContain(HELD_SECRET);
    const cut = 5000 + 10 + HELD_SECRET.length / 2;
    const head = (await core.handlers.getBodyBytes(id, 'request', false, 0, cut))!;
    const rest = (await core.handlers.getBodyBytes(id, 'request', false, cut))!;
    expect([head.size, rest.size]).toEqual([Buffer.byteLength(whole), Buffer.byteLength(whole)]);
    expect(Buffer.concat([head.bytes, rest.bytes]).toString()).toBe(whole);
    expect(Buffer.from((await core.handlers.getBodyBytes(id, 'request', true))!.bytes).toString()).toBe(sent);
  });

  it('cuts the rest from the snapshot its first screenful was read from, and forgets it when deliveries are deleted', async () => {
    const { core, port } = await startCore(tempDir());
    const sent = `{"note":"${'a'.repeat(70_000)} ${HELD_SECRET}"}`;
    expect((await fetch(`http://127.0.0.1:${port}/hooks/x`, { method: 'POST', body: sent })).status).toBe(200);
    const id = (await core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows[0]!.id;

    const head = (await core.handlers.getBodyBytes(id, 'request', false, 0, 65_536))!;
    // Set between the two reads: the rest still joins the start it continues (unmasked, as the start was read)…
    await core.handlers.setSecret('receiver.secretToken', HELD_SECRET);
    const rest = (await core.handlers.getBodyBytes(id, 'request', false, head.bytes.length))!;
    expect(Buffer.concat([head.bytes, rest.bytes]).toString()).toBe(sent);
    // …and a read from the start is a new snapshot, masked with what is held now.
    const fresh = (await core.handlers.getBodyBytes(id, 'request', false, 0, 65_536))!;
    expect(fresh.size).toBeLessThan(head.size);
    await core.handlers.deleteDeliveries([id]);
    expect(await core.handlers.getBodyBytes(id, 'request', false, 65_536)).toBeNull();
  });
});
