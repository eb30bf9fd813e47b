import { posix, win32 } from 'node:path';

export const APP_NAME = 'Hookbench';

/**
 * The data dir every face shares: HOOKBENCH_DATA_DIR when set, otherwise the folder Electron's
 * app.getPath('userData') gives an app named "Hookbench", computed here so the CLI and the web face
 * (which have no Electron) land in the same place.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, homedir: string): string {
  const override = env.HOOKBENCH_DATA_DIR?.trim();
  if (override) return override;
  switch (platform) {
    case 'win32':
      return win32.join(env.APPDATA || win32.join(homedir, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return posix.join(homedir, 'Library', 'Application Support', APP_NAME);
    default:
      return posix.join(env.XDG_CONFIG_HOME || posix.join(homedir, '.config'), APP_NAME);
  }
}
