/**
 * What stands between GitLab and 127.0.0.1, and the tunnels people already have. Hookbench ships no tunnel
 * service: it shows the command for each tool with the receiver's port filled in, and starts one that is on PATH.
 */

export type TunnelTool = 'cloudflared' | 'ngrok' | 'ssh';

export const TUNNEL_TOOLS: readonly TunnelTool[] = ['cloudflared', 'ngrok', 'ssh'];

export interface TunnelOption {
  tool: TunnelTool;
  /** The exact command, with the receiver's port. */
  command: string;
  /** Found on PATH, so Hookbench can start it. */
  onPath: boolean;
}

export interface TunnelState {
  tool: TunnelTool;
  status: 'starting' | 'open' | 'stopped';
  /** The public URL the tool printed: what goes into GitLab's webhook form. */
  url: string | null;
  /** Why it stopped or failed, in words, with the tool's last output. */
  message: string | null;
}

export interface TunnelGuide {
  /** The receiver's port the commands point at; null while it is not listening. */
  port: number | null;
  options: TunnelOption[];
  tunnel: TunnelState | null;
}
