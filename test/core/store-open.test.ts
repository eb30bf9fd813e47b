import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { canMount, NO_MOUNT_REASON, useMounts } from '../support/mounts';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const mounts = useMounts();
const startCore = useCores();

const post = (port: number, path: string, body = '{}') =>
  fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook' }, body });

/** Nothing must listen on a refused receiver's port: a sender there gets no acknowledgement at all. */
async function expectNothingReceived(core: Awaited<ReturnType<typeof startCore>>['core']) {
  const receiver = await core.handlers.getReceiverState();
  expect(receiver.status).toBe('error');
  expect(receiver.url).toBeNull();
  expect(receiver.message).toBe((await core.handlers.getStorageState()).problem?.message);
}

describe('a data folder that cannot keep deliveries', () => {
  it('refuses a file of random bytes named hookbench.db, leaves it untouched, and moves it aside when asked', async () => {
    const dataDir = tempDir();
    const junk = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256));
    writeFileSync(join(dataDir, 'hookbench.db'), junk);
    const { core } = await startCore(dataDir);

    const storage = await core.handlers.getStorageState();
    expect(storage.status).toBe('unusable');
    expect(storage.problem?.kind).toBe('corrupt');
    expect(storage.problem?.message).toContain('is not a Hookbench store');
    expect(storage.problem?.message).toContain('--data-dir');
    await expectNothingReceived(core);
    expect(readFileSync(join(dataDir, 'hookbench.db')).equals(junk)).toBe(true);

    const repair = await core.handlers.moveStoreAside();
    expect(repair.state).toEqual({ dataDir, status: 'ok', problem: null });
    const aside = readdirSync(dataDir).find((name) => name.startsWith('hookbench.db.corrupt-'));
    expect(aside).toMatch(/^hookbench\.db\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/);
    expect(readFileSync(join(dataDir, aside!)).equals(junk)).toBe(true);
    expect(repair.summary).toContain(aside);

    const receiver = await core.handlers.getReceiverState();
    expect(receiver.status).toBe('listening');
    expect((await post(receiver.port, '/kept')).status).toBe(200);
    expect((await core.handlers.listDeliveries({ offset: 0, limit: 5 })).rows.map((r) => r.url)).toEqual(['/kept']);
  });

  it("refuses another program's SQLite database and never writes into it", async () => {
    const dataDir = tempDir();
    const other = new DatabaseSync(join(dataDir, 'hookbench.db'));
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me')");
    other.close();
    const before = readFileSync(join(dataDir, 'hookbench.db'));
    const { core } = await startCore(dataDir);

    const { problem } = await core.handlers.getStorageState();
    expect(problem?.kind).toBe('foreign');
    expect(problem?.message).toContain('belongs to another program (it holds the tables notes and no deliveries)');
    await expectNothingReceived(core);
    await core.close();
    expect(readFileSync(join(dataDir, 'hookbench.db')).equals(before)).toBe(true);
  });

  it('refuses a database whose application id is not Hookbench’s', async () => {
    const dataDir = tempDir();
    const other = new DatabaseSync(join(dataDir, 'hookbench.db'));
    other.exec('PRAGMA application_id = 1234; CREATE TABLE deliveries (id INTEGER PRIMARY KEY)');
    other.close();
    const { core } = await startCore(dataDir);
    expect((await core.handlers.getStorageState()).problem?.kind).toBe('foreign');
  });

  it('refuses a data folder path that is a file', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'not-a-dir'), '');
    const { core } = await startCore(join(parent, 'not-a-dir'));
    const { problem } = await core.handlers.getStorageState();
    expect(problem?.kind).toBe('unopenable');
    await expectNothingReceived(core);
  });

  it.skipIf(!canMount)(`refuses a read-only data folder, and uses another folder typed by the user (${NO_MOUNT_REASON})`, async () => {
    const source = tempDir();
    const dataDir = mounts.readOnlyView(source, join(tempDir(), 'read-only'));
    const { core } = await startCore(dataDir);
    const { problem } = await core.handlers.getStorageState();
    expect(problem?.kind).toBe('read-only');
    expect(problem?.message).toContain('The data folder cannot be written');
    await expectNothingReceived(core);
    await expect(core.handlers.moveStoreAside()).rejects.toThrow('cannot be moved aside: use another data folder');

    const elsewhere = join(tempDir(), 'fresh');
    const repair = await core.handlers.useDataFolder(elsewhere);
    expect(repair.state).toMatchObject({ dataDir: elsewhere, status: 'ok' });
    expect(repair.summary).toContain(`settings stay in ${dataDir}`);
    const receiver = await core.handlers.getReceiverState();
    expect((await post(receiver.port, '/elsewhere')).status).toBe(200);
    expect(existsSync(join(elsewhere, 'hookbench.db'))).toBe(true);
  });

  it('asks for a full path before using another folder', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'hookbench.db'), 'junk');
    const { core } = await startCore(dataDir);
    await expect(core.handlers.useDataFolder('relative/path')).rejects.toThrow('Type the full path');
  });

  it('keeps deliveries in memory only when asked (--in-memory), and says so', async () => {
    const dataDir = tempDir();
    const { core, port } = await startCore(dataDir, {}, undefined, { inMemory: true });
    expect(await core.handlers.getStorageState()).toEqual({ dataDir, status: 'in-memory', problem: null });
    expect((await post(port, '/memory')).status).toBe(200);
    expect((await core.handlers.getCounts()).total).toBe(1);
    expect(existsSync(join(dataDir, 'hookbench.db'))).toBe(false);
  });
});

describe('private files', () => {
  it('creates the data folder 0700 and the database, its WAL and SHM 0600', async () => {
    const dataDir = join(tempDir(), 'new', 'Hookbench');
    const { core, port } = await startCore(dataDir);
    expect((await post(port, '/secret', '{"token":"x"}')).status).toBe(200);
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    for (const file of ['hookbench.db', 'hookbench.db-wal', 'hookbench.db-shm']) {
      expect({ file, mode: mode(join(dataDir, file)) }).toEqual({ file, mode: 0o600 });
    }
    await core.close();
  });

  it('makes an existing store of earlier versions private', async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    await core.close();
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dataDir, 'hookbench.db'), 0o644);
    const again = await startCore(dataDir);
    expect(statSync(join(dataDir, 'hookbench.db')).mode & 0o777).toBe(0o600);
    await again.core.close();
  });

  it('leaves a folder it did not create as it is', async () => {
    const dataDir = join(tempDir(), 'mine');
    mkdirSync(dataDir, { mode: 0o755 });
    const { core } = await startCore(dataDir);
    expect(statSync(dataDir).mode & 0o777).toBe(0o755);
    await core.close();
  });
});
