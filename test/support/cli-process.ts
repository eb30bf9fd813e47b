import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CLI = join(__dirname, '../../out/main/cli.js');

export function assertCliBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
}

/** Runs the built CLI to its end; the machine's data folder and secret key never leak in. */
export function hookbench(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, HOOKBENCH_DATA_DIR: '', HOOKBENCH_SECRET_KEY: '', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** Starts a long-running command (serve) and resolves once `ready` appears on its stdout; `stop` ends it as Ctrl+C does. */
export async function startHookbench(
  args: string[],
  ready: RegExp,
): Promise<{ match: RegExpMatchArray; stderr: () => string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOOKBENCH_DATA_DIR: '', HOOKBENCH_SECRET_KEY: '' } });
  const output = { stdout: '', stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk));
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output.stdout += chunk;
      const found = output.stdout.match(ready);
      if (found) resolve(found);
    });
    child.on('exit', (code) => reject(new Error(`hookbench ${args[0]} exited ${code} before ${ready}:\n${output.stdout}\n${output.stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { match, stderr: () => output.stderr, stop: () => (child.kill('SIGTERM'), exited) };
}
