import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const CLI = join(__dirname, '../../../out/main/cli.js');

export interface ServeProcess {
  receiverUrl: string;
  uiUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs the built `hookbench serve` as a user would, and waits for the UI line it prints. The secret key comes
 * only from `env`, never from the shell running the tests.
 */
export async function startServe(
  dataDir: string,
  receiverPort?: number,
  env: NodeJS.ProcessEnv = {},
  extraArgs: readonly string[] = [],
): Promise<ServeProcess> {
  const [port, uiPort] = [receiverPort ?? (await freePort()), await freePort()];
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', String(port), '--ui-port', String(uiPort), '--data-dir', dataDir, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOOKBENCH_SECRET_KEY: '', ...env } },
  );
  const uiUrl = await waitForUiLine(child);
  return {
    receiverUrl: `http://127.0.0.1:${port}/`,
    uiUrl,
    stop: () => stop(child),
  };
}

function waitForUiLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail('no "ui:" line within 20 s'), 20_000);
    function fail(reason: string) {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`hookbench serve did not start (${reason}). Output:\n${output}`));
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ui: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(`exited with ${code}`));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
