/** What the built CLI does with a data folder that cannot keep deliveries, and with a damaged store. */
import { closeSync, openSync, readFileSync, readSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, hookbench, startHookbench } from '../support/cli-process';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const JUNK = 'not a database: somebody may want these bytes back';

function corruptFolder(): string {
  const dataDir = tempDir();
  writeFileSync(join(dataDir, 'hookbench.db'), JUNK);
  return dataDir;
}

describe('hookbench on a data folder that cannot keep deliveries', () => {
  beforeAll(assertCliBuilt);

  it('listen says why and the way out, exits 1 and never receives', async () => {
    const dataDir = corruptFolder();
    const { code, stdout, stderr } = await hookbench(['listen', '--port', '0', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stdout).not.toContain('listening');
    expect(stderr).toContain(`${join(dataDir, 'hookbench.db')} is not a Hookbench store (file is not a database)`);
    expect(stderr).toContain('start Hookbench with another --data-dir');
    expect(stderr).toContain('To do it now: hookbench listen --move-aside.');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(join(dataDir, 'hookbench.db'), 'utf8')).toBe(JUNK);
  });

  it('serve keeps the UI up with the receiver refused, so the user can act there', async () => {
    const dataDir = corruptFolder();
    const serve = await startHookbench(['serve', '--port', '0', '--ui-port', '0', '--data-dir', dataDir], /ui: (http:\/\/\S+)\/\?token=(\S+)/);
    try {
      const [, base, token] = serve.match;
      expect(serve.stderr()).toContain('Receiver not started: ');
      expect(serve.stderr()).toContain('Open the UI to act on it there. To do it now: hookbench serve --move-aside.');
      const call = async (method: string) =>
        (await (await fetch(`${base}/api/call/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{"args":[]}' })).json()) as { result: { status: string } };
      expect((await call('getStorageState')).result.status).toBe('unusable');
      expect((await call('getReceiverState')).result.status).toBe('error');
      expect((await call('moveStoreAside')).result).toMatchObject({ state: { status: 'ok' } });
      expect((await call('getReceiverState')).result.status).toBe('listening');
    } finally {
      await serve.stop();
    }
  });

  it('listen --move-aside moves the bad file aside, says where, and receives', async () => {
    const dataDir = corruptFolder();
    const listen = await startHookbench(['listen', '--port', '0', '--quiet', '--move-aside', '--data-dir', dataDir], /listening on (http:\/\/\S+)/);
    try {
      const aside = readdirSync(dataDir).find((name) => name.startsWith('hookbench.db.corrupt-'));
      expect(readFileSync(join(dataDir, aside!), 'utf8')).toBe(JUNK);
      expect(listen.stderr()).toContain(`The old file is kept as ${aside}`);
      expect((await fetch(listen.match[1], { method: 'POST', body: '{}' })).status).toBe(200);
    } finally {
      await listen.stop();
    }
  });

  it('send refuses before sending anything it could not keep', async () => {
    const dataDir = corruptFolder();
    const { code, stderr } = await hookbench(['send', 'Push Hook', '--to', 'http://127.0.0.1:9/', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stderr).toContain('is not a Hookbench store');
  });

  it('export of a damaged store exports what it can and says what it skipped, without a stack trace', async () => {
    const dataDir = tempDir();
    const listen = await startHookbench(['listen', '--port', '0', '--quiet', '--data-dir', dataDir], /listening on (http:\/\/\S+)/);
    for (let i = 1; i <= 60; i++) await fetch(`${listen.match[1]}${i}`, { method: 'POST', body: 'z'.repeat(1500) });
    await listen.stop();
    // One page of the exchanges' leaves, in the middle of them, as SQLite's dbstat places it, whatever the page size.
    const db = new DatabaseSync(join(dataDir, 'hookbench.db'), { readOnly: true });
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'exchanges' AND pagetype = 'leaf' ORDER BY pageno").all() as Array<{ pageno: number }>;
    db.close();
    const file = openSync(join(dataDir, 'hookbench.db'), 'r+');
    const header = Buffer.alloc(18);
    readSync(file, header, 0, 18, 0);
    const pageSize = header.readUInt16BE(16);
    writeSync(file, Buffer.alloc(pageSize, 0x5a), 0, pageSize, pageSize * (leaves[Math.floor(leaves.length / 2)].pageno - 1));
    closeSync(file);

    const { code, stdout, stderr } = await hookbench(['export', '--format', 'ndjson', '--data-dir', dataDir]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(60);
    expect(stderr).toMatch(/^Warning: Skipped \d+ deliveries that could not be read from the damaged store: #\d+/m);
    expect(stderr).not.toMatch(/\n\s+at /);

    const refused = await hookbench(['listen', '--port', '0', '--data-dir', dataDir]);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining('To do it now: hookbench listen --recover (readable deliveries kept), or --move-aside (start empty).')]);
    const recovering = await startHookbench(['listen', '--port', '0', '--quiet', '--recover', '--data-dir', dataDir], /listening on (http:\/\/\S+)/);
    await recovering.stop();
    expect(recovering.stderr()).toContain(`Recovered ${lines.length} deliveries into a fresh store.`);
  });
});
