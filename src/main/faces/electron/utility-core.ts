import type { UtilityProcess } from 'electron';
import type { CoreProcess, SpawnCore } from './core-relay';

type Fork = (modulePath: string, args: string[], options: { serviceName: string; stdio: 'inherit' }) => UtilityProcess;

/** The core as an Electron utility process (index.ts hands in utilityProcess.fork); it speaks over its parent port. */
export function utilityCoreSpawner(fork: Fork, entryPath: string): SpawnCore {
  return (): CoreProcess => {
    const child = fork(entryPath, [], { serviceName: 'Hookbench core', stdio: 'inherit' });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void child.on('exit', listener),
      kill: () => void child.kill(),
    };
  };
}
