// `npm start`: the desktop app when this machine has the Electron binary, otherwise one line saying what to run.
import { spawn } from 'node:child_process';
import { ELECTRON_MISSING_MESSAGE, electronBinaryPath } from './electron-binary.mjs';

if (!electronBinaryPath()) {
  console.error(ELECTRON_MISSING_MESSAGE);
  process.exit(1);
}

const child = spawn('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
