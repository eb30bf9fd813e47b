/** `listen`'s per-delivery log is written off the receiver's event loop: a reader that stops reading never stops capture. */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLI, assertCliBuilt } from '../support/cli-process';
import { useTempDirs } from '../support/temp-dir';

const DELIVERIES = 150;
/** 150 of these are about 1.2 MB of log: far more than a pipe holds (64 KiB on Linux). */
const BODY = JSON.stringify({ object_kind: 'push', padding: 'x'.repeat(8_000) });

function post(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'X-Gitlab-Event': 'Push Hook' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(5_000, () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    req.end(body);
  });
}

describe('hookbench listen with a log reader that stops reading', () => {
  const tempDir = useTempDirs();
  const children: Array<ReturnType<typeof spawn>> = [];
  beforeAll(assertCliBuilt);
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  it('answers every delivery while the log waits, then logs them all in order once read', async () => {
    const child = spawn(process.execPath, [CLI, 'listen', '--port', '0', '--data-dir', tempDir()], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let seen = '';
    const port = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        seen += chunk;
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
        if (!match) return;
        // From here on nobody reads stdout, as when a pager is paused: the pipe fills up.
        child.stdout.off('data', onData);
        child.stdout.pause();
        resolve(match[1]);
      };
      child.stdout.on('data', onData);
      child.once('exit', (code) => reject(new Error(`listen exited ${code}`)));
    });

    const statuses: number[] = [];
    for (let i = 0; i < DELIVERIES; i++) statuses.push(await post(`http://127.0.0.1:${port}/hook/${i}`, BODY));
    expect(statuses.filter((s) => s === 200)).toHaveLength(DELIVERIES);

    let log = seen;
    child.stdout.on('data', (chunk: Buffer) => (log += chunk));
    child.stdout.resume();
    const ids = () => [...log.matchAll(/\] #(\d+) "POST \/hook\/(\d+)"/g)].map((m) => Number(m[2]));
    const deadline = Date.now() + 10_000;
    while (ids().length < DELIVERIES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(ids()).toEqual(Array.from({ length: DELIVERIES }, (_, i) => i));
  }, 30_000);

  it('has every line in its log file when stopped right after the last answer', async () => {
    const dir = tempDir();
    const logFile = join(dir, 'access.log');
    const fd = openSync(logFile, 'w');
    const child = spawn(process.execPath, [CLI, 'listen', '--port', '0', '--data-dir', join(dir, 'data')], { stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    children.push(child);
    const deadline = Date.now() + 10_000;
    let port: string | undefined;
    while (!port && Date.now() < deadline) {
      port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
      if (!port) await new Promise((r) => setTimeout(r, 20));
    }
    expect(port).toBeDefined();
    // Sent together, so they are stored and logged as one batch just before the stop.
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(`http://127.0.0.1:${port}/hook/${i}`, BODY)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    const logged = [...readFileSync(logFile, 'utf8').matchAll(/"POST \/hook\/(\d+)"/g)].map((m) => Number(m[1]));
    expect(logged.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  }, 30_000);
});
