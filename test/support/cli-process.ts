import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CLI = join(__dirname, '../../out/main/cli.js');

export function assertCliBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
}

/** This machine's environment without Hookbench's own variables, so no data folder, key or token leaks into a test. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HOOKBENCH_')));
}

/**
 * Runs the built CLI to its end. A process ended by a signal has no exit code: it is -1 then, with the signal, so
 * a crash never passes for a clean exit.
 */
export function hookbench(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...cleanEnvironment(), ...env } }, (error, stdout, stderr) => {
      const signal = (error?.signal as NodeJS.Signals | undefined) ?? null;
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, signal, stdout, stderr });
    });
  });
}

/** Starts a long-running command (serve) and resolves once `ready` appears on its stdout; `stop` ends it as Ctrl+C does. */
export async function startHookbench(
  args: string[],
  ready: RegExp,
  env: Record<string, string> = {},
): Promise<{ match: RegExpMatchArray; stderr: () => string; stop: () => Promise<void>; kill: () => Promise<void> }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...cleanEnvironment(), ...env } });
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
  // kill: SIGKILL, as a crash or the OOM killer ends a process, with no chance to store what is queued.
  return { match, stderr: () => output.stderr, stop: () => (child.kill('SIGTERM'), exited), kill: () => (child.kill('SIGKILL'), exited) };
}
