/**
 * Starts one tunnel tool the user has, reads the public URL it prints, and stops it with the core. The URL
 * is what GitLab needs; Hookbench never runs a tunnel service of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { TUNNEL_TOOLS, type TunnelGuide, type TunnelState, type TunnelTool } from '@shared/tunnel';
import { UserError } from '@shared/user-error';
import { TUNNEL_ARGS, findOnPath, publicUrlIn, tunnelCommand } from './tunnel-commands';

/** How long a tool may take to print its URL before Hookbench stops waiting (and it). */
const URL_WAIT_MS = 30_000;
const OUTPUT_KEPT = 10;

export interface TunnelKeeperOptions {
  /** The receiver's port now, or null while it does not listen. */
  port: () => number | null;
  changed: (state: TunnelState) => void;
  env?: NodeJS.ProcessEnv;
}

export class TunnelKeeper {
  private child: ChildProcess | null = null;
  private state: TunnelState | null = null;

  constructor(private readonly options: TunnelKeeperOptions) {}

  guide(): TunnelGuide {
    const port = this.options.port();
    const path = (this.options.env ?? process.env).PATH;
    return {
      port,
      options: TUNNEL_TOOLS.map((tool) => ({ tool, command: tunnelCommand(tool, port ?? 8000), onPath: findOnPath(tool, path) !== null })),
      tunnel: this.state,
    };
  }

  /** Resolves once the tool printed its public URL, or says in words why there is none. */
  async start(tool: TunnelTool): Promise<TunnelState> {
    const port = this.options.port();
    if (port === null) throw new UserError('The receiver is not listening, so there is nothing to tunnel to: start it first.');
    const env = this.options.env ?? process.env;
    const executable = findOnPath(tool, env.PATH);
    if (!executable) throw new UserError(`${tool} is not on PATH: install it, or run "${tunnelCommand(tool, port)}" where it is.`);
    this.stop();
    const child = spawn(executable, TUNNEL_ARGS[tool](port), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.set({ tool, status: 'starting', url: null, message: null });
    const output: string[] = [];
    return new Promise((resolve) => {
      const settle = (state: TunnelState) => {
        clearTimeout(timer);
        this.set(state);
        resolve(state);
      };
      const timer = setTimeout(() => {
        this.stop();
        settle({ tool, status: 'stopped', url: null, message: `${tool} printed no public URL within ${URL_WAIT_MS / 1000} s. Its last words: ${output.join(' | ') || 'none'}` });
      }, URL_WAIT_MS);
      const read = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (line.trim()) output.push(line.trim());
          if (output.length > OUTPUT_KEPT) output.shift();
          const url = publicUrlIn(line);
          if (url && this.state?.status === 'starting' && this.child === child) settle({ tool, status: 'open', url, message: null });
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('error', (error) => settle({ tool, status: 'stopped', url: null, message: `${tool} could not start: ${error.message}` }));
      child.once('exit', (code) => {
        if (this.child !== child) return;
        this.child = null;
        const last = output.join(' | ') || 'no output';
        settle({ tool, status: 'stopped', url: null, message: `${tool} exited (code ${code ?? 'none'}): ${last}` });
      });
    });
  }

  stop(): void {
    const child = this.child;
    this.child = null;
    if (!child) return;
    child.kill('SIGTERM');
    if (this.state) this.set({ ...this.state, status: 'stopped', message: 'Stopped from Hookbench.' });
  }

  private set(state: TunnelState): void {
    this.state = state;
    this.options.changed(state);
  }
}
