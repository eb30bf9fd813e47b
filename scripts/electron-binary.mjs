// Where the Electron binary is, or null, found by files: require('electron') would try to download it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @returns {string | null} */
export function electronBinaryPath() {
  let electronDir;
  try {
    electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(distDir, executable);
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_MISSING_MESSAGE =
  'The Electron binary is not available on this machine: run `npx hookbench serve` to use Hookbench in your browser instead.';
