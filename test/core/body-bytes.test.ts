/** getBodyBytes: slices of a stored body as bytes (what IPC carries by structured clone), with the whole size. */
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

describe('body bytes', () => {
  it('answers a slice, the rest from an offset, and the whole size each time, byte for byte', async () => {
    const { core, port } = await startCore(tempDir());
    const body = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256));
    expect((await fetch(`http://127.0.0.1:${port}/hooks/x`, { method: 'POST', body })).status).toBe(200);
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 1 });
    const id = rows[0]!.id;

    const head = await core.handlers.getBodyBytes(id, 'request', 0, 4096);
    expect(head).toMatchObject({ size: body.length, offset: 0 });
    expect(head!.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(head!.bytes).equals(body.subarray(0, 4096))).toBe(true);

    const rest = await core.handlers.getBodyBytes(id, 'request', 4096);
    expect(rest).toMatchObject({ size: body.length, offset: 4096 });
    expect(Buffer.from(rest!.bytes).equals(body.subarray(4096))).toBe(true);

    const past = await core.handlers.getBodyBytes(id, 'request', 200_000, 10);
    expect(past).toMatchObject({ size: body.length, offset: body.length });
    expect(past!.bytes.length).toBe(0);

    const response = await core.handlers.getBodyBytes(id, 'response');
    expect(Buffer.from(response!.bytes).toString()).toBe('OK\n');
    expect(await core.handlers.getBodyBytes(id + 1, 'request')).toBeNull();
  });
});
