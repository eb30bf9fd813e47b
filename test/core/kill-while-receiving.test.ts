import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { useTempDirs } from '../support/temp-dir';

const cli = join(__dirname, '../../out/main/cli.js');
const tempDir = useTempDirs();

function post(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ object_kind: 'push', path }));
  });
}

describe('a receiver killed while receiving', () => {
  it('has stored every delivery whose acknowledgement reached the sender', async () => {
    expect(existsSync(cli), 'out/main/cli.js is missing: run `npm run build` first').toBe(true);
    const dataDir = tempDir();
    const child = spawn(process.execPath, [cli, 'listen', '--port', '0', '--data-dir', dataDir, '--retain', '0', '--json']);
    const port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      child.stdout.on('data', (chunk) => {
        seen += chunk;
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`listen exited with ${code}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));

    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const sender = async () => {
      while (!killed) {
        const path = `/hook/${next++}`;
        try {
          if ((await post(port, path)) === 200) acknowledged.push(path);
        } catch {
          return; // the receiver is gone: this one was never acknowledged
        }
        if (acknowledged.length >= 400 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, sender));
    await exited;

    const store = new DeliveryStore(dataDir);
    try {
      const stored = new Set([...store.iterateDetails()].map((delivery) => delivery.url));
      expect(store.state.status).toBe('ok');
      expect(acknowledged.length).toBeGreaterThanOrEqual(400);
      expect(acknowledged.filter((path) => !stored.has(path))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
