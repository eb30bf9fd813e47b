// What the wrk benchmarks share: the built CLI and wrk checked for, servers started until they say where they
// listen, and stopped with SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const cli = join(here, '../out/main/cli.js');

export function requireBuildAndWrk() {
  if (!existsSync(cli)) {
    console.error('out/main/cli.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  if (spawnSync('wrk', ['--version']).error) {
    console.error('The benchmark drives load with wrk: install it (Debian: apt-get install wrk; macOS: brew install wrk).');
    process.exit(2);
  }
}

/** Runs `node args` until it prints "listening on http://…"; resolves with the child and that origin. */
export function startListening(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(seen);
      if (match) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({ child, origin: match[1] });
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before listening`)));
  });
}

export function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
