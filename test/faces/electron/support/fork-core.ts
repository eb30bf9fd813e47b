import { fork, type ChildProcess } from 'node:child_process';
import type { CoreProcess, SpawnCore } from '../../../../src/main/faces/electron/core-relay';

/**
 * Starts a core process as a plain Node child over an IPC channel with structured clone (what a utility
 * process's parent port uses), standing in for utilityProcess.fork; keeps every child so a test can kill one.
 */
export function forkSpawner(entry: string, env: NodeJS.ProcessEnv, children: ChildProcess[]): SpawnCore {
  return (): CoreProcess => {
    const child = fork(entry, [], { serialization: 'advanced', env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(child);
    return {
      send: (message) => void child.send(message),
      onMessage: (listener) => void child.on('message', listener as (message: unknown) => void),
      onExit: (listener) => void child.on('exit', (code) => listener(code)),
      kill: () => void child.kill('SIGKILL'),
    };
  };
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}
