import { join } from 'node:path';

export const CHROMIUM_PROFILE_FOLDER = 'chromium';

/**
 * Electron's folders for a data folder. userData is the data folder itself, so the single-instance lock is per
 * folder (two data folders, two apps) and productName "Hookbench" gives the same folder the CLI computes.
 * Chromium's profile (cookies, caches, local storage) goes to a subfolder, never beside hookbench.db.
 */
export function electronPaths(dataDir: string): { userData: string; sessionData: string } {
  return { userData: dataDir, sessionData: join(dataDir, CHROMIUM_PROFILE_FOLDER) };
}
