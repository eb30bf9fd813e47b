/**
 * The web face's token, kept per data folder so a restarted `hookbench serve` lets its open tabs back in, and
 * where the running face listens, so `hookbench serve --print-url` can print its login URL from any terminal.
 * Both files are private (0600): the token is the key to every captured delivery.
 */
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createToken } from './web-guards';

export const UI_TOKEN_FILE = 'ui-token';
export const UI_ADDRESS_FILE = 'ui-address.json';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,}$/;

export interface KeptToken {
  token: string;
  /** Set when the token could not be kept: it then lasts for this run only. */
  warning: string | null;
}

function writePrivate(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The folder's token, created on first use; `rotate` replaces it, locking out every tab that holds the old one. */
export function keepUiToken(dataDir: string, rotate: boolean): KeptToken {
  const file = join(dataDir, UI_TOKEN_FILE);
  const kept = rotate ? null : readText(file)?.trim();
  if (kept && TOKEN_SHAPE.test(kept)) {
    // A copy restored with a wider mode is narrowed again: the file is ours.
    chmodSync(file, 0o600);
    return { token: kept, warning: null };
  }
  const token = createToken();
  try {
    writePrivate(file, `${token}\n`);
    return { token, warning: null };
  } catch (error) {
    return {
      token,
      warning: `The UI token could not be kept in ${file} (${(error as Error).message}): open tabs will need the new URL after a restart.`,
    };
  }
}

export interface UiAddress {
  pid: number;
  port: number;
}

export function recordUiAddress(dataDir: string, address: UiAddress): void {
  try {
    writePrivate(join(dataDir, UI_ADDRESS_FILE), `${JSON.stringify(address)}\n`);
  } catch {
    // Only --print-url needs it, and it says that no serve is known for the folder.
  }
}

/** Removes the record only when it is this process's own, so a newer serve's record survives an old one's exit. */
export function forgetUiAddress(dataDir: string, pid: number): void {
  if (readUiAddress(dataDir)?.pid === pid) rmSync(join(dataDir, UI_ADDRESS_FILE), { force: true });
}

export function readUiAddress(dataDir: string): UiAddress | null {
  const text = readText(join(dataDir, UI_ADDRESS_FILE));
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<UiAddress>;
    return Number.isInteger(value.pid) && Number.isInteger(value.port) ? (value as UiAddress) : null;
  } catch {
    return null;
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const uiUrl = (port: number, token: string) => `http://127.0.0.1:${port}/?token=${token}`;

/** The running serve's `ui:` line for this folder, or why there is none. */
export function runningUiLine(dataDir: string): { line: string } | { problem: string } {
  const address = readUiAddress(dataDir);
  const token = readText(join(dataDir, UI_TOKEN_FILE))?.trim();
  if (!address || !token || !isRunning(address.pid)) {
    return { problem: `No hookbench serve is running for ${dataDir}. Start one with: hookbench serve --data-dir ${dataDir}` };
  }
  return { line: `ui: ${uiUrl(address.port, token)}` };
}
