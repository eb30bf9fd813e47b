import { describe, expect, it } from 'vitest';
import { openReadOnlyExport } from '../../src/main/core/export/delivery-export';
import { NO_SECRET_KEY } from '../../src/main/core/secrets/secret-key';
import { capturedPush, seedDeliveries } from '../e2e/support/seed-deliveries';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

const DELIVERIES = 800;
const BODY_BYTES = 32 * 1024;

/** 800 deliveries of 32 KB JSON each: about 26 MB of bodies, written straight into a data folder. */
async function largeFolder(): Promise<string> {
  const dataDir = tempDir();
  const body = new TextEncoder().encode(JSON.stringify({ object_kind: 'push', padding: 'x'.repeat(BODY_BYTES - 40) }));
  await seedDeliveries(dataDir, Array.from({ length: DELIVERIES }, (_, i) => capturedPush({ url: `/hook/${i}`, requestBody: body, requestSize: body.length })));
  return dataDir;
}

describe('the streaming export (hookbench export and the contract share it)', () => {
  it.each(['ndjson', 'har'] as const)('writes a large %s export a delivery at a time, never as one string', async (format) => {
    const dataDir = await largeFolder();
    const source = openReadOnlyExport(dataDir, NO_SECRET_KEY);
    let chunks = 0;
    let largest = 0;
    let total = 0;
    try {
      const warnings = source.write({ format }, (chunk) => {
        chunks += 1;
        largest = Math.max(largest, chunk.length);
        total += chunk.length;
      });
      expect(warnings).toEqual([]);
      expect(source.written).toBe(DELIVERIES);
    } finally {
      await source.close();
    }
    expect(total).toBeGreaterThan(DELIVERIES * BODY_BYTES);
    expect(chunks).toBeGreaterThanOrEqual(DELIVERIES);
    // One delivery's JSON (its 32 KB body plus headers and fields), far below the ~26 MB of the whole export.
    expect(largest).toBeLessThan(3 * BODY_BYTES);
  });

  it("gives the contract's exportDeliveries the same bytes as the command line", async () => {
    const dataDir = await largeFolder();
    const source = openReadOnlyExport(dataDir, NO_SECRET_KEY);
    const streamed: string[] = [];
    try {
      source.write({ format: 'ndjson', ids: [1, 2, 3] }, (chunk) => streamed.push(chunk));
    } finally {
      await source.close();
    }
    const { core } = await startCore(dataDir);
    expect(await core.handlers.exportDeliveries('ndjson', [1, 2, 3])).toBe(streamed.join(''));
  });
});
