import { describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../../src/main/core/store/delivery-store';
import { assertCliBuilt, startHookbench } from '../../support/cli-process';
import { startReceiver } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('a forwarding receiver killed mid-forward', () => {
  it('has kept the captured request, committed before the forward went out', async () => {
    assertCliBuilt();
    const target = await startReceiver('hang');
    const dataDir = tempDir();
    const listen = await startHookbench(['listen', '--port', '0', '--data-dir', dataDir, '--forward', target.url, '--quiet'], /listening on http:\/\/127\.0\.0\.1:(\d+)/);
    try {
      const sent = fetch(`http://127.0.0.1:${listen.match[1]}/hooks/push`, { method: 'POST', body: '{"object_kind":"push"}' }).catch((error: Error) => error);
      const deadline = Date.now() + 10_000;
      while (target.seen.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(target.seen).toHaveLength(1);
      await listen.kill();
      expect(await sent).toBeInstanceOf(Error);
    } finally {
      await listen.kill();
      await target.close();
    }
    const store = new DeliveryStore(dataDir);
    try {
      const [captured] = [...store.iterateDetails()];
      expect(captured).toMatchObject({ origin: 'captured', url: '/hooks/push', status: null, errorKind: null });
      expect(Buffer.from(store.getBody(captured.id, 'request') ?? []).toString()).toBe('{"object_kind":"push"}');
    } finally {
      await store.close();
    }
  });
});
