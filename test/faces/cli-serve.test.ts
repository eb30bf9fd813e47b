/** `hookbench serve` as users run it: what the terminal shows, and a UI token that survives a restart. */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp-dir';
import { freePort, startServe, type ServeProcess } from '../e2e/support/hookbench-serve';

const CLI = join(__dirname, '../../out/main/cli.js');
const BODY = '{"marker":"body-text-7781"}';

function tokenOf(serve: ServeProcess): string {
  return new URL(serve.uiUrl).searchParams.get('token')!;
}

async function uiAnswers(serve: ServeProcess, token: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${serve.uiPort}/api/call/getCounts`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.status;
}

function printUrl(dataDir: string) {
  const result = spawnSync(process.execPath, [CLI, 'serve', '--print-url', '--data-dir', dataDir], { encoding: 'utf8', env: { ...process.env, HOOKBENCH_SECRET_KEY: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('hookbench serve', () => {
  const tempDir = useTempDirs();

  it('prints no bodies by default, the access log with --log, JSON lines with --json, and only the ui: line with --quiet', async () => {
    const outputs: Record<string, string> = {};
    for (const mode of ['', '--log', '--json', '--quiet']) {
      const serve = await startServe(tempDir(), undefined, {}, mode ? [mode] : []);
      try {
        const answer = await fetch(`${serve.receiverUrl}hooks/${mode.slice(2) || 'plain'}`, { method: 'POST', body: BODY });
        expect(answer.status).toBe(200);
        // A marker delivery afterwards: once its line (or nothing) is due, the first one's output is complete.
        if (mode === '--log' || mode === '--json') await serve.waitForOutput(/hooks\/(log|json)/);
        else await new Promise((resolve) => setTimeout(resolve, 500));
        outputs[mode || 'default'] = serve.output();
      } finally {
        await serve.stop();
      }
    }
    expect(outputs.default).toMatch(/Hookbench listening on http:\/\/127\.0\.0\.1:\d+\//);
    expect(outputs.default).not.toContain('body-text-7781');
    expect(outputs.default).not.toContain('/hooks/plain');
    expect(outputs['--log']).toMatch(/"POST \/hooks\/log" 200/);
    expect(outputs['--log']).toContain('body-text-7781');
    expect(JSON.parse(outputs['--json']!.split('\n').find((line) => line.startsWith('{'))!)).toMatchObject({ method: 'POST', path: '/hooks/json', status: 200 });
    expect(outputs['--quiet']!.trim().split('\n')).toEqual([expect.stringMatching(/^ui: http:\/\/127\.0\.0\.1:\d+\/\?token=/)]);
  });

  it('keeps its UI token per data folder (0600), so a restart lets open tabs back in; --new-token locks them out', async () => {
    const dataDir = tempDir();
    const first = await startServe(dataDir);
    const token = tokenOf(first);
    await first.stop();
    expect(statSync(join(dataDir, 'ui-token')).mode & 0o777).toBe(0o600);

    const second = await startServe(dataDir, undefined, {}, [], first.uiPort);
    try {
      expect(tokenOf(second)).toBe(token);
      expect(await uiAnswers(second, token)).toBe(200);
    } finally {
      await second.stop();
    }

    const rotated = await startServe(dataDir, undefined, {}, ['--new-token']);
    try {
      expect(tokenOf(rotated)).not.toBe(token);
      expect(await uiAnswers(rotated, token)).toBe(403);
      expect(await uiAnswers(rotated, tokenOf(rotated))).toBe(200);
    } finally {
      await rotated.stop();
    }
  });

  it('prints the receiver\'s new URL, and the ui: line again, when its port changes in Settings', async () => {
    const serve = await startServe(tempDir());
    try {
      const port = await freePort();
      const response = await fetch(`http://127.0.0.1:${serve.uiPort}/api/call/updateSettings`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokenOf(serve)}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args: [{ receiver: { port } }] }),
      });
      expect(response.status).toBe(200);
      const [line] = await serve.waitForOutput(new RegExp(`Hookbench now listening on http://127\\.0\\.0\\.1:${port}/.*\\nui: \\S+`));
      expect(line).toContain(`ui: ${serve.uiUrl}`);
    } finally {
      await serve.stop();
    }
  });

  it('prints the running serve\'s ui: line again with --print-url, and says when none runs', async () => {
    const dataDir = tempDir();
    const serve = await startServe(dataDir, undefined, {}, ['--quiet']);
    try {
      const printed = printUrl(dataDir);
      expect(printed.code).toBe(0);
      expect(printed.stdout.trim()).toBe(`ui: ${serve.uiUrl}`);
    } finally {
      await serve.stop();
    }
    const after = printUrl(dataDir);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain(`No hookbench serve is running for ${dataDir}`);
  });
});
