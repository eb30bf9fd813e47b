import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterEach } from 'vitest';

/**
 * Mounts need root (the tests run as root here); elsewhere the tests that need them skip and say why.
 * Root ignores file modes, so a read-only folder has to be a read-only mount.
 */
export const canMount = process.getuid?.() === 0 && process.platform === 'linux';
export const NO_MOUNT_REASON = 'needs root on Linux to mount a read-only folder or a small tmpfs';

/** Mounts made by a test, undone after it whatever happened. */
export function useMounts() {
  const mounted: string[] = [];
  afterEach(() => {
    for (const path of mounted.splice(0).reverse()) execFileSync('umount', [path]);
  });
  return {
    /** `source` seen read-only at `target`. */
    readOnlyView(source: string, target: string): string {
      mkdirSync(target, { recursive: true });
      execFileSync('mount', ['--bind', source, target]);
      mounted.push(target);
      execFileSync('mount', ['-o', 'remount,ro,bind', target]);
      return target;
    },
    /** A file system of `bytes` at `target`, to fill up. */
    smallDisk(target: string, bytes: number): string {
      mkdirSync(target, { recursive: true });
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', target]);
      mounted.push(target);
      return target;
    },
  };
}
