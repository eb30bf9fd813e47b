/**
 * A batch of captures is stored with several rows to a statement: every id it gives back must name the record
 * that was handed in at that place, with its own headers and bodies, also after deletions left gaps.
 */
import { describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { capturedPush } from '../e2e/support/seed-deliveries';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const text = (bytes: Uint8Array | null) => (bytes ? Buffer.from(bytes).toString() : null);

describe('storing a batch of captures', () => {
  it('gives each record its own id, in order, above every id given before', () => {
    const store = new DeliveryStore(tempDir());
    try {
      const earlier = store.insertBatch(Array.from({ length: 20 }, (_, n) => capturedPush({ url: `/earlier/${n}` })));
      store.delete(earlier.slice(-5));
      // 37 records: two statements of several rows and five single ones, a forward's leg needing none of them.
      const records = Array.from({ length: 37 }, (_, n) =>
        capturedPush({
          url: `/batch/${n}`,
          requestHeaders: ['X-Gitlab-Event', 'Push Hook', 'X-Number', String(n)],
          requestBody: new TextEncoder().encode(`{"n":${n}}`),
          requestSize: `{"n":${n}}`.length,
          responseBody: new TextEncoder().encode(`answer ${n}\n`),
          status: 200 + (n % 3),
        }),
      );
      const ids = store.insertBatch(records);

      expect(ids).toHaveLength(37);
      expect(ids[0]).toBeGreaterThan(Math.max(...earlier));
      expect(ids.every((id, n) => n === 0 || id === ids[n - 1] + 1)).toBe(true);
      ids.forEach((id, n) => {
        const detail = store.getDetail(id);
        expect(detail?.url).toBe(`/batch/${n}`);
        expect(detail?.status).toBe(200 + (n % 3));
        expect(detail?.requestHeaders).toEqual([['X-Gitlab-Event', 'Push Hook'], ['X-Number', String(n)]]);
        expect(text(store.getBody(id, 'request'))).toBe(`{"n":${n}}`);
        expect(text(store.getBody(id, 'response'))).toBe(`answer ${n}\n`);
      });
    } finally {
      store.close();
    }
  });
});
