/** A query that matches a forward's leg lists the pair's capture, the same through the web face of `serve` and `hookbench list`. */
import { describe, expect, it } from 'vitest';
import { assertCliBuilt, hookbench } from '../support/cli-process';
import { startReceiver } from '../support/local-servers';
import { useTempDirs } from '../support/temp-dir';
import { startServe, type ServeProcess } from '../e2e/support/hookbench-serve';

const tempDir = useTempDirs();

/** Path and status of each row: a capture's path is the sender's, a leg's the target's URL. */
async function webRows(serve: ServeProcess, search: string): Promise<Array<[string, number | null]>> {
  const token = new URL(serve.uiUrl).searchParams.get('token')!;
  const response = await fetch(`http://127.0.0.1:${serve.uiPort}/api/call/listDeliveries`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ args: [{ offset: 0, limit: 100, search }] }),
  });
  const { result } = (await response.json()) as { result: { rows: Array<{ url: string; status: number | null }> } };
  return result.rows.map((row) => [row.url, row.status]);
}

async function cliRows(dataDir: string, search: string): Promise<Array<[string, number | null]>> {
  const { code, stdout, stderr } = await hookbench(['list', `--query=${search}`, '--json', '--data-dir', dataDir]);
  expect([code, stderr]).toEqual([0, '']);
  return stdout.split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { path: string; status: number | null };
    return [row.path, row.status];
  });
}

describe('a query matching a forward leg, through every face', () => {
  it('lists the capture of the pair through the web face and hookbench list --query', async () => {
    assertCliBuilt();
    const target = await startReceiver({ status: 503, body: 'receiver is warming up' });
    const dataDir = tempDir();
    const serve = await startServe(dataDir, undefined, {}, ['--forward', target.url, '--answer', '/plain 200']);
    try {
      const post = (path: string) => fetch(`${serve.receiverUrl}${path.slice(1)}`, { method: 'POST', body: '{"object_kind":"push"}' });
      expect((await post('/hooks/a')).status).toBe(503);
      expect((await post('/plain')).status).toBe(200);
      const pair: Array<[string, number | null]> = [['/hooks/a', 503]];
      const targetHost = new URL(target.url).host;
      for (const search of [`target:${targetHost}`, '"warming up"']) {
        const deadline = Date.now() + 10_000;
        // The leg is stored once its answer has gone back: wait for it, bounded.
        while ((await webRows(serve, search)).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(await webRows(serve, search)).toEqual(pair);
        expect(await cliRows(dataDir, search)).toEqual(pair);
      }
      expect(await cliRows(dataDir, `-target:${targetHost}`)).toEqual([['/plain', 200]]);
    } finally {
      await serve.stop();
      await target.close();
    }
  });
});
