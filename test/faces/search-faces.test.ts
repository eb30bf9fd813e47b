/** One query language everywhere: the contract in-process, the web face of `serve` and the CLI give the same rows. */
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../src/main/core/app-core';
import { hookbench } from '../support/cli-process';
import { useTempDirs } from '../support/temp-dir';
import { startServe, type ServeProcess } from '../e2e/support/hookbench-serve';

const QUERIES = ['status:5xx', 'event:"Merge Request Hook" OR /upload', 'header:X-Gitlab-Token -body:"draft"', 'needle path:/hooks/*'];

async function webIds(serve: ServeProcess, search: string): Promise<number[]> {
  const token = new URL(serve.uiUrl).searchParams.get('token')!;
  const response = await fetch(`http://127.0.0.1:${serve.uiPort}/api/call/listDeliveries`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ args: [{ offset: 0, limit: 100, search }] }),
  });
  const { result } = (await response.json()) as { result: { rows: Array<{ id: number }> } };
  return result.rows.map((r) => r.id);
}

async function cliIds(dataDir: string, search: string): Promise<number[]> {
  const { code, stdout, stderr } = await hookbench(['list', '--query', search, '--json', '--data-dir', dataDir]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: number }).id);
}

describe('search through every face', () => {
  const tempDir = useTempDirs();

  it('gives the same rows through the contract, the web face and hookbench list, and exports only the matches', async () => {
    const dataDir = tempDir();
    const serve = await startServe(dataDir);
    try {
      const post = (path: string, event: string, body: string, headers: Record<string, string> = {}) =>
        fetch(`${serve.receiverUrl}${path}`, { method: 'POST', headers: { 'X-Gitlab-Event': event, ...headers }, body });
      await post('hooks/a', 'Push Hook', '{"note":"needle"}');
      await post('hooks/b', 'Merge Request Hook', '{"state":"draft"}', { 'X-Gitlab-Token': 't1' });
      await post('upload/c', 'Push Hook', '{}', { 'X-Gitlab-Token': 't2' });
      await post('other/needle', 'Note Hook', '{}');

      const core = await createAppCore({ dataDir, overrides: { port: 0 } });
      try {
        const expected: Record<string, number[]> = {};
        for (const search of QUERIES) {
          const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 100, search });
          expected[search] = rows.map((r) => r.id);
          expect(await webIds(serve, search)).toEqual(expected[search]);
          expect(await cliIds(dataDir, search)).toEqual(expected[search]);
        }
        expect(expected).toEqual({ [QUERIES[0]]: [], [QUERIES[1]]: [3, 2], [QUERIES[2]]: [3], [QUERIES[3]]: [1] });
      } finally {
        await core.close();
      }

      const table = await hookbench(['list', '--query', 'event:"Push Hook"', '--data-dir', dataDir]);
      expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+TIME\s+METHOD\s+STATUS\s+EVENT\s+PATH$/);
      expect(table.stdout).toMatch(/#3 .* POST\s+200\s+Push Hook\s+\/upload\/c\n/);
      const exported = await hookbench(['export', '--format', 'ndjson', '--query', 'header:X-Gitlab-Token', '--data-dir', dataDir]);
      expect(exported.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { url: string }).url)).toEqual(['/hooks/b', '/upload/c']);
      const refused = await hookbench(['list', '--query', 'status:teapot', '--data-dir', dataDir]);
      expect([refused.code, refused.stderr.trim()]).toEqual([1, expect.stringMatching(/^status: expects a code like 404, a class like 4xx, or failed/)]);
    } finally {
      await serve.stop();
    }
  });
});
