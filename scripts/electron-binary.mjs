// Where the Electron binary is, or null, found by files: require('electron') would try to download it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The executable inside dist/, as Electron's installer names it for each platform (install.js getPlatformPath). */
const PLATFORM_EXECUTABLES = { darwin: 'Electron.app/Contents/MacOS/Electron', mas: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/** @returns {string | null} the electron package's folder, or null when it is not installed */
export function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Where the binary is or will be once installed. ELECTRON_OVERRIDE_DIST_PATH wins, as it does for Electron's
 * own index.js; electron-vite does not read it, so start.mjs hands the result on as ELECTRON_EXEC_PATH.
 * @returns {string | null}
 */
export function expectedElectronBinary(env = process.env, platform = process.platform) {
  const electronDir = electronPackageDir();
  if (!electronDir) return null;
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (PLATFORM_EXECUTABLES[platform] ?? 'electron');
  return join(env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist'), executable);
}

/** @returns {string | null} */
export function electronBinaryPath(env = process.env) {
  const binary = expectedElectronBinary(env);
  return binary && existsSync(binary) ? binary : null;
}

export const FALLBACK_LINE = 'Use Hookbench in your browser instead: npx hookbench serve';

export const ELECTRON_MISSING_MESSAGE = `The Electron binary is not available on this machine. ${FALLBACK_LINE}`;
