/** `hookbench diff A B` and `hookbench import FILE` as users run them: the built CLI over a real data folder. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, hookbench } from '../support/cli-process';
import { useCores } from '../support/core-harness';
import { rawRequest } from '../support/raw-http';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

function push(port: number, uuid: string, body: string) {
  return rawRequest(
    port,
    `POST /hooks/gitlab HTTP/1.1
Host: 127.0.0.1:${port}
Content-Type: application/json
X-Gitlab-Event: Push Hook
X-Gitlab-Event-UUID: ${uuid}
Content-Length: ${Buffer.byteLength(body)}
Connection: close
`,
    Buffer.from(body),
  );
}

/** A folder holding deliveries 1 and 2 (same push, keys in another order, other UUID) and 3 (another ref). */
async function folderWithPushes(): Promise<string> {
  const dataDir = tempDir();
  const { core, port } = await startCore(dataDir);
  await push(port, '0a6798d6-5ad5-4bb6-a3a5-8f4a6f0fc001', '{"object_kind":"push","ref":"refs/heads/main","after":"abc"}');
  await push(port, '0a6798d6-5ad5-4bb6-a3a5-8f4a6f0fc002', '{"ref":"refs/heads/main","object_kind":"push","after":"abc"}');
  await push(port, '0a6798d6-5ad5-4bb6-a3a5-8f4a6f0fc003', '{"object_kind":"push","ref":"refs/heads/feature","after":"abc"}');
  await core.close();
  return dataDir;
}

describe('hookbench diff', () => {
  beforeAll(assertCliBuilt);

  it('prints a unified diff of headers and JSON bodies compared with keys sorted; exit 1 when they differ', async () => {
    const dataDir = await folderWithPushes();
    const result = await hookbench(['diff', '1', '3', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('--- delivery 1 request\n+++ delivery 3 request\n');
    expect(result.stdout).toContain(
      '-X-Gitlab-Event-UUID: 0a6798d6-5ad5-4bb6-a3a5-8f4a6f0fc001\n-Content-Length: 60\n+X-Gitlab-Event-UUID: 0a6798d6-5ad5-4bb6-a3a5-8f4a6f0fc003\n+Content-Length: 63\n',
    );
    expect(result.stdout).toContain('   "object_kind": "push",\n-  "ref": "refs/heads/main"\n+  "ref": "refs/heads/feature"\n');
  });

  it('with --ignore-volatile, two deliveries of the same push differing in key order and UUID are the same', async () => {
    const dataDir = await folderWithPushes();
    const same = await hookbench(['diff', '1', '2', '--ignore-volatile', '--data-dir', dataDir]);
    expect(same).toMatchObject({ code: 0, stdout: 'Deliveries 1 and 2 are the same (volatile headers hidden).\n' });
    const raw = await hookbench(['diff', '1', '2', '--ignore-volatile', '--raw', '--data-dir', dataDir]);
    expect(raw.code).toBe(1);
    expect(raw.stdout).toContain('-{"object_kind":"push","ref":"refs/heads/main","after":"abc"}\n+{"ref":"refs/heads/main","object_kind":"push","after":"abc"}\n');
    expect(raw.stdout).not.toContain('UUID');
  });

  it('says which id is missing, and how many ids it takes', async () => {
    const dataDir = await folderWithPushes();
    expect(await hookbench(['diff', '1', '99', '--data-dir', dataDir])).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no delivery 99') });
    expect(await hookbench(['diff', '1', '--data-dir', dataDir])).toMatchObject({ code: 2, stderr: expect.stringContaining('hookbench diff takes two delivery ids') });
  });
});

describe('hookbench import', () => {
  beforeAll(assertCliBuilt);

  it('imports a HAR file into a data folder and says what it skipped', async () => {
    const dataDir = tempDir();
    const file = join(__dirname, '../fixtures/import/firefox.har');
    const result = await hookbench(['import', file, '--data-dir', dataDir]);
    expect(result.stdout).toBe(`Imported 1 delivery from ${file} (#1–#1), as HAR.\n`);
    expect(result.stderr).toContain('Skipped entry 2: its request body is given only as form params');
    expect(result.code).toBe(1);
    const diff = await hookbench(['diff', '1', '1', '--data-dir', dataDir]);
    expect(diff).toMatchObject({ code: 0, stdout: 'Deliveries 1 and 1 are the same.\n' });
  });

  it('says when the file is not there', async () => {
    const result = await hookbench(['import', join(tempDir(), 'missing.har'), '--data-dir', tempDir()]);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('there is no such file') });
  });
});
