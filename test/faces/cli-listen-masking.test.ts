/** `hookbench listen --mock-trigger-token`: the access log is a view, so the token is printed masked while the store keeps it. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { useTempDirs } from '../support/temp-dir';

const CLI = join(__dirname, '../../out/main/cli.js');
const tempDir = useTempDirs();
const TOKEN = 'glptt-listen-0123456789';

describe('hookbench listen with the trigger mock', () => {
  it('prints the trigger call with its token masked and stores it as sent', async () => {
    const dataDir = tempDir();
    const child = spawn(process.execPath, [CLI, 'listen', '--port', '0', '--data-dir', dataDir, '--mock-trigger-token', TOKEN], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOOKBENCH_SECRET_KEY: '' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const waitFor = async (pattern: RegExp) => {
      for (let waited = 0; waited < 10_000; waited += 20) {
        const match = stdout.match(pattern);
        if (match) return match;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no ${pattern} in:\n${stdout}`);
    };
    try {
      const [, port] = await waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
      const path = `/api/v4/projects/42/trigger/pipeline?token=${TOKEN}&ref=main`;
      const reply = await fetch(`http://127.0.0.1:${port}${path}`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: TOKEN }),
      });
      expect(reply.status).toBe(201);
      await waitFor(/" 201 \d+ bytes\n.*\n/);
      expect(stdout).not.toContain(TOKEN);
      expect(stdout).toContain('token=••••••6789&ref=main');
      expect(stdout).toContain('{"token":"••••••6789"}');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    const store = new DeliveryStore(dataDir, { readOnly: true });
    const [stored] = [...store.iterateDetails()];
    await store.close();
    expect(stored.url).toBe(`/api/v4/projects/42/trigger/pipeline?token=${TOKEN}&ref=main`);
  });
});
