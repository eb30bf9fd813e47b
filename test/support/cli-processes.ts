import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const CLI = join(__dirname, '../../out/main/cli.js');

export interface CliProcess {
  child: ChildProcess;
  /** stdout and stderr as one text, in the order they came. */
  output(): string;
  /** The first match of `pattern` in the output, as soon as it shows; rejects if the process exits first or after `withinMs`. */
  shows(pattern: RegExp, withinMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

/** Runs the built CLI as separate processes, killed after each test. */
export function useCliProcesses(): (args: string[]) => CliProcess {
  const running = new Set<ChildProcess>();
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  });
  return (args) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOOKBENCH_DATA_DIR: '', HOOKBENCH_SECRET_KEY: '' },
    });
    running.add(child);
    let text = '';
    const waiting = new Set<() => void>();
    const heard = (chunk: Buffer) => {
      text += chunk;
      for (const check of waiting) check();
    };
    child.stdout!.on('data', heard);
    child.stderr!.on('data', heard);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (running.delete(child), resolve(code))));
    const shows = (pattern: RegExp, withinMs = 15_000) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`no ${pattern} within ${withinMs} ms in:\n${text}`)), withinMs);
        const check = () => {
          const match = text.match(pattern);
          if (match) done(null, match);
        };
        function done(error: Error | null, match?: RegExpMatchArray) {
          clearTimeout(timer);
          waiting.delete(check);
          if (error) reject(error);
          else resolve(match!);
        }
        waiting.add(check);
        void exited.then((code) => done(new Error(`exited with ${code} before ${pattern}:\n${text}`)));
        check();
      });
    return { child, output: () => text, shows, exited };
  };
}
