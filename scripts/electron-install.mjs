// Electron 42+ fetches its binary on first use, not at `npm install`: run its own installer (what
// `npx install-electron` does) once, and say in words why it failed when it does.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const DOWNLOAD_NOTICE = 'Downloading Electron (about 100 MB) — once; it is kept in node_modules/electron.';

/** What to try for each way a download fails, matched on the installer's own error text. */
const HINTS = [
  {
    match: /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up/i,
    hint:
      'The download server could not be reached (offline, or behind a proxy). Behind a proxy, set HTTPS_PROXY and ' +
      'ELECTRON_GET_USE_PROXY=1; or point ELECTRON_MIRROR at a mirror you can reach (e.g. https://npmmirror.com/mirrors/electron/).',
  },
  {
    match: /HTTPError|status code|404|403/i,
    hint: 'The server answered but had no Electron there: check ELECTRON_MIRROR (it must end with a slash).',
  },
  { match: /checksum/i, hint: 'The downloaded file did not match its checksum: the download was altered or cut; try again.' },
];

const GENERIC_HINT = 'Behind a proxy set ELECTRON_GET_USE_PROXY=1 with HTTPS_PROXY, or set ELECTRON_MIRROR to a mirror you can reach.';

/** The installer's own error, in one line: the first line of its stack (its message). */
export function installerError(output) {
  const line = output.split('\n').map((text) => text.trim()).find((text) => /error|failed|^[A-Z]\w+:/i.test(text) && !/^at /.test(text));
  return line ?? (output.trim().split('\n').pop()?.trim() || 'it exited without saying why');
}

export function hintFor(error) {
  return HINTS.find(({ match }) => match.test(error))?.hint ?? GENERIC_HINT;
}

/**
 * Runs node_modules/electron/install.js. On a terminal its output is passed through untouched (the progress bar
 * needs the TTY); otherwise it is copied through and kept, so the failure can be quoted.
 * @returns {Promise<{ ok: true } | { ok: false, error: string }>}
 */
export function runElectronInstaller(electronDir, { timeoutMs = 15 * 60_000 } = {}) {
  const onTerminal = Boolean(process.stderr.isTTY);
  const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', onTerminal ? 'inherit' : 'pipe'],
    timeout: timeoutMs,
  });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    process.stderr.write(chunk);
    output += chunk;
  });
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ ok: false, error: error.message }));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve({ ok: true });
      if (signal) return resolve({ ok: false, error: `the installer was stopped (${signal}) after ${Math.round(timeoutMs / 1000)} s at most` });
      resolve({ ok: false, error: onTerminal ? 'its error is printed above' : installerError(output) });
    });
  });
}
