import { describe, expect, it } from 'vitest';
import { capturedPush, seedDeliveries } from '../e2e/support/seed-deliveries';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

describe('an export from the window', () => {
  it('lets the receiver answer a hook that arrives while thousands of deliveries are exported', async () => {
    const dataDir = tempDir();
    const body = new TextEncoder().encode(JSON.stringify({ object_kind: 'push', commits: 'x'.repeat(4000) }));
    await seedDeliveries(dataDir, Array.from({ length: 4000 }, (_, n) => capturedPush({ url: `/hooks/${n}`, requestBody: body, requestSize: body.length })));
    const { core, port } = await startCore(dataDir);
    const ids = await core.handlers.resolveSelection({ search: '' });

    const order: string[] = [];
    const exported = Promise.resolve(core.handlers.exportDeliveries('ndjson', ids)).then((text) => (order.push('export'), text));
    const answered = fetch(`http://127.0.0.1:${port}/during-export`, { method: 'POST', body: '{"object_kind":"push"}' }).then(async (answer) => {
      order.push('hook answered');
      return answer.status;
    });
    expect(await answered).toBe(200);
    expect((await exported).trim().split('\n')).toHaveLength(4000);
    expect(order).toEqual(['hook answered', 'export']);
  });
});
