/** Each tool's command for a local port, as its own docs give it, and the public URL it prints once open. */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { TunnelTool } from '@shared/tunnel';

export const TUNNEL_ARGS: Record<TunnelTool, (port: number) => string[]> = {
  cloudflared: (port) => ['tunnel', '--url', `http://localhost:${port}`],
  // --log stdout: without a terminal ngrok prints nothing else, and its log line carries url=…
  ngrok: (port) => ['http', String(port), '--log', 'stdout'],
  // localhost.run needs no account; its banner names the https URL.
  ssh: (port) => ['-o', 'StrictHostKeyChecking=accept-new', '-R', `80:localhost:${port}`, 'nokey@localhost.run'],
};

/** The public URLs each tool prints: a quick tunnel's trycloudflare.com, ngrok's domains, localhost.run's. */
const PUBLIC_URL = /https:\/\/[a-z0-9][a-z0-9.-]*\.(?:trycloudflare\.com|ngrok-free\.app|ngrok-free\.dev|ngrok\.app|ngrok\.io|lhr\.life|localhost\.run)\b/i;

export function publicUrlIn(line: string): string | null {
  return PUBLIC_URL.exec(line)?.[0] ?? null;
}

export function tunnelCommand(tool: TunnelTool, port: number): string {
  return [tool, ...TUNNEL_ARGS[tool](port)].join(' ');
}

/** The executable's full path when it is on PATH (and may be run), else null. */
export function findOnPath(tool: string, path: string | undefined): string | null {
  for (const folder of (path ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(folder, tool);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}
