import { spawn } from 'node:child_process';

/** Opens a URL with the platform's own opener; failure only costs the user a copy-paste. */
export function openInBrowser(url: string, onFailure: (message: string) => void): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => onFailure(`Could not start ${command} to open a browser: open the ui URL above yourself.`));
  child.unref();
}
