/** `hookbench export | head -c1`: the built CLI, its reader gone after one byte, ends quietly. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const CLI = join(__dirname, '../../out/main/cli.js');
const tempDir = useTempDirs();
const startCore = useCores();

/** Runs the export and closes its stdout after the first chunk, as `head -c1` does. */
function exportIntoClosedPipe(dataDir: string, format: string): Promise<{ code: number | null; stderr: string; read: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'export', '--data-dir', dataDir, '--format', format], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOOKBENCH_SECRET_KEY: '' },
    });
    let stderr = '';
    let read = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.byteLength;
      child.stdout.destroy();
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, read });
    });
  });
}

describe('hookbench export into a pipe that closes', () => {
  it('ends quietly with exit code 0, for HAR and NDJSON', async () => {
    const dataDir = tempDir();
    const { core, port } = await startCore(dataDir);
    // Far more than a pipe buffer (64 KiB), so the export is still writing when its reader goes.
    const body = 'x'.repeat(8 * 1024);
    for (let i = 0; i < 60; i++) await fetch(`http://127.0.0.1:${port}/hook/${i}`, { method: 'POST', body });
    await core.close();

    for (const format of ['har', 'ndjson']) {
      const result = await exportIntoClosedPipe(dataDir, format);
      expect(result.read).toBeGreaterThan(0);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });
});
