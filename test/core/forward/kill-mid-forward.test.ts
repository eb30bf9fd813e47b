import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../../src/main/core/store/delivery-store';
import { startReceiver } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';

const cli = join(__dirname, '../../../out/main/cli.js');
const tempDir = useTempDirs();

describe('a forwarding receiver killed mid-forward', () => {
  it('has kept the captured request, committed before the forward went out', async () => {
    expect(existsSync(cli), 'out/main/cli.js is missing: run `npm run build` first').toBe(true);
    const target = await startReceiver('hang');
    const dataDir = tempDir();
    const child = spawn(process.execPath, [cli, 'listen', '--port', '0', '--data-dir', dataDir, '--forward', target.url, '--quiet']);
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let seen = '';
        child.stdout.on('data', (chunk) => {
          seen += chunk;
          const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
          if (match) resolve(Number(match[1]));
        });
        child.once('exit', (code) => reject(new Error(`listen exited with ${code}`)));
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const sent = fetch(`http://127.0.0.1:${port}/hooks/push`, { method: 'POST', body: '{"object_kind":"push"}' }).catch((error: Error) => error);
      const deadline = Date.now() + 10_000;
      while (target.seen.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(target.seen).toHaveLength(1);
      child.kill('SIGKILL');
      await exited;
      expect(await sent).toBeInstanceOf(Error);
    } finally {
      child.kill('SIGKILL');
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
