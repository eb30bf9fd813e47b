import { describe, expect, it } from 'vitest';
import { assertCliBuilt, hookbench, startHookbench } from '../support/cli-process';
import { startReceiver } from '../support/local-servers';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('hookbench listen with route flags', () => {
  it('answers --answer paths itself and forwards the rest, printing each with the status its sender got', async () => {
    assertCliBuilt();
    const target = await startReceiver({ status: 202, body: 'queued' });
    const listen = await startHookbench(
      ['listen', '--port', '0', '--data-dir', tempDir(), '--forward', target.url, '--answer', '/fail 500'],
      /Forwarding every other delivery to .+\n/,
    );
    try {
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(listen.match.input ?? '')?.[1];
      const post = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: '{"object_kind":"push"}' });
      expect((await post('/fail')).status).toBe(500);
      const forwarded = await post('/hooks/push');
      expect([forwarded.status, await forwarded.text()]).toEqual([202, 'queued']);
      expect(target.seen.map((seen) => seen.url)).toEqual(['/hooks/push']);
      expect(listen.match.input).toContain("Route: --answer /fail 500\n");
    } finally {
      await listen.stop();
      await target.close();
    }
  });

  it('refuses a flag it cannot read, saying how to write it', async () => {
    assertCliBuilt();
    const { code, stderr } = await hookbench(['listen', '--port', '0', '--data-dir', tempDir(), '--answer', '/slow 200 delay=11']);
    expect(code).toBe(1);
    expect(stderr).toContain("--answer '/slow 200 delay=11': delay=11 is not a duration: write it like delay=11s or delay=500ms.");
  });
});
