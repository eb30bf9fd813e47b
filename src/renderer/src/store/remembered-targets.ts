/**
 * Where the user sends and replays to, kept in localStorage so it survives a restart. URLs only: tokens
 * never go to storage (a URL's user:pass@ is the user's choice to keep, as in a shell history).
 */

const RECENT_KEY = 'hookbench.recentTargets';
const REPLAY_KEY = 'hookbench.replayTarget';
const RECENT_LIMIT = 8;

/** Storage can be refused (privacy settings, a test without a DOM): then nothing is remembered, nothing fails. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered this time; the value is still used.
  }
}

export function recentTargets(): string[] {
  try {
    const parsed: unknown = JSON.parse(readStored(RECENT_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return []; // Hand-edited or from another version: start afresh rather than fail the screen.
  }
}

/** Moves the URL to the front of the history and returns the new history. */
export function rememberTarget(url: string): string[] {
  const next = [url, ...recentTargets().filter((known) => known !== url)].slice(0, RECENT_LIMIT);
  writeStored(RECENT_KEY, JSON.stringify(next));
  return next;
}

/** The URL captured deliveries were last replayed to: they have no target of their own. */
export function rememberedReplayTarget(): string {
  return readStored(REPLAY_KEY) ?? '';
}

export function rememberReplayTarget(url: string): void {
  writeStored(REPLAY_KEY, url);
}
