import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const CLI = join(__dirname, '../../../out/main/cli.js');

export interface ServeProcess {
  receiverUrl: string;
  uiUrl: string;
  uiPort: number;
  /** Everything serve printed so far, stdout and stderr in the order they came. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, waiting up to 20 s for it. */
  waitForOutput(pattern: RegExp): Promise<RegExpMatchArray>;
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
  uiPortChoice?: number,
): Promise<ServeProcess> {
  // The UI on port 0 unless a test needs a given one: the system picks a free port as serve binds, so no other run
  // on the machine can take it between a probe and the bind. The receiver's port is known beforehand, because some
  // tests need it when the receiver is refused.
  const port = receiverPort ?? (await freePort());
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', String(port), '--ui-port', String(uiPortChoice ?? 0), '--data-dir', dataDir, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOOKBENCH_SECRET_KEY: '', ...env } },
  );
  const output = collectOutput(child);
  const [, uiUrl] = await output.waitFor(/ui: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/).catch((error: Error) => {
    child.kill();
    throw new Error(`hookbench serve did not start (${error.message})`);
  });
  return {
    receiverUrl: `http://127.0.0.1:${port}/`,
    uiUrl: uiUrl!,
    uiPort: Number(new URL(uiUrl!).port),
    output: output.text,
    waitForOutput: output.waitFor,
    stop: () => stop(child),
  };
}

function collectOutput(child: ChildProcess) {
  let text = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  child.on('exit', () => {
    for (const check of waiters) check();
  });
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`no ${pattern} within 20 s. Output:\n${text}`)), 20_000);
      const finish = (error: Error | null, match?: RegExpMatchArray) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (error) reject(error);
        else resolve(match!);
      };
      const check = () => {
        const match = pattern.exec(text);
        if (match) finish(null, match);
        else if (child.exitCode !== null || child.signalCode !== null) finish(new Error(`exited (${child.exitCode ?? child.signalCode}) before ${pattern}. Output:\n${text}`));
      };
      waiters.add(check);
      check();
    });
  return { text: () => text, waitFor };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
