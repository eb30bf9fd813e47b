/**
 * `npm start` (scripts/start.mjs) as a user runs it: with no Electron binary it runs Electron's own installer,
 * and here the download server is unreachable for real; with a binary in place it hands over to electron-vite.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const startScript = join(__dirname, '../../../scripts/start.mjs');
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-start-'));
  temps.push(dir);
  return dir;
};
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The environment minus anything that would reach a real proxy, mirror or cache. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(ELECTRON_|electron_|npm_config_electron|HTTPS?_PROXY$|https?_proxy$|HOOKBENCH_ELECTRON_VITE$)/.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

function runStart(env: NodeJS.ProcessEnv, args: string[] = []) {
  return spawnSync(process.execPath, [startScript, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm start', () => {
  it('with no binary and the network unreachable: says it tried, why it failed, the proxy/mirror hints and the fallback, exits 1', () => {
    const emptyDist = tempDir();
    // Port 9 (discard) on loopback refuses at once: an unreachable download server on any machine.
    const result = runStart(
      cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: emptyDist, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: tempDir() }),
    );
    expect(result.error).toBeUndefined();
    expect(result.stdout).toContain('Downloading Electron (about 100 MB) — once');
    expect(result.stderr).toMatch(/Tried to download Electron, but it failed: .*fetch failed/);
    expect(result.stderr).toContain('ELECTRON_MIRROR');
    expect(result.stderr).toContain('ELECTRON_GET_USE_PROXY');
    expect(result.stderr.trim().split('\n').pop()).toBe('Use Hookbench in your browser instead: npx hookbench serve');
    expect(result.status).toBe(1);
  });

  it('with a binary in place: launches electron-vite preview with that binary, passes arguments on and its exit code back', () => {
    const dist = tempDir();
    const stubBinary = join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron');
    writeFileSync(stubBinary, '#!/bin/sh\nexit 0\n');
    chmodSync(stubBinary, 0o755);
    const record = join(tempDir(), 'launched.json');
    const fakeElectronVite = join(tempDir(), 'electron-vite.mjs');
    writeFileSync(
      fakeElectronVite,
      `import { writeFileSync } from 'node:fs';\n` +
        `writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), exec: process.env.ELECTRON_EXEC_PATH }));\n` +
        `process.exit(7);\n`,
    );
    const result = runStart(cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: dist, HOOKBENCH_ELECTRON_VITE: fakeElectronVite }), ['--inspect-me']);
    expect(result.stdout).not.toContain('Downloading Electron');
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ args: ['preview', '--inspect-me'], exec: stubBinary });
    expect(result.status).toBe(7);
  });
});
