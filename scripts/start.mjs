// `npm start`: the desktop app. Fetches Electron's binary first when it is missing (once), and only when that
// fails says why and what to run instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FALLBACK_LINE, electronBinaryPath, electronPackageDir, expectedElectronBinary } from './electron-binary.mjs';
import { DOWNLOAD_NOTICE, hintFor, runElectronInstaller } from './electron-install.mjs';

function fail(lines) {
  for (const line of [...lines, FALLBACK_LINE]) console.error(line);
  process.exit(1);
}

async function ensureElectronBinary() {
  const present = electronBinaryPath();
  if (present) return present;
  const electronDir = electronPackageDir();
  if (!electronDir) fail(['The electron package is not installed: run `npm install` first.']);
  console.log(DOWNLOAD_NOTICE);
  const installed = await runElectronInstaller(electronDir);
  if (!installed.ok) {
    fail([`Tried to download Electron, but it failed: ${installed.error}.`, hintFor(installed.error)]);
  }
  const binary = electronBinaryPath();
  if (!binary) fail([`Electron's installer finished, but there is no binary at ${expectedElectronBinary()}.`]);
  return binary;
}

/** The electron-vite CLI file, run with this Node; HOOKBENCH_ELECTRON_VITE names another (the start script's test). */
function electronViteCli() {
  return process.env.HOOKBENCH_ELECTRON_VITE || join(dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
}

const binary = await ensureElectronBinary();
const child = spawn(process.execPath, [electronViteCli(), 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // electron-vite finds Electron by path.txt alone; this also honours ELECTRON_OVERRIDE_DIST_PATH.
  env: { ...process.env, ELECTRON_EXEC_PATH: binary },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
