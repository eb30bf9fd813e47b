import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

/** A stand-in for the real tool: records its arguments, prints what the real one prints, and stays up. */
function fakeTool(folder: string, name: string, script: string): void {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, name);
  writeFileSync(file, `#!/bin/sh\necho "$@" > "${folder}/${name}.args"\necho $$ > "${folder}/${name}.pid"\n${script}\n`);
  chmodSync(file, 0o755);
}

const CLOUDFLARED_BANNER = `
/bin/cat >&2 <<'BANNER'
2026-12-01T14:02:00Z INF Thank you for trying Cloudflare Tunnel. Doing so, without a Cloudflare account, is a quick way to experiment.
2026-12-01T14:02:00Z INF Requesting new quick Tunnel on trycloudflare.com...
2026-12-01T14:02:01Z INF +--------------------------------------------------------------------------------------------+
2026-12-01T14:02:01Z INF |  Your quick Tunnel has been created! Visit it at (it may take some time to be reachable):  |
2026-12-01T14:02:01Z INF |  https://seasonal-deck-organisms-sf.trycloudflare.com                                      |
2026-12-01T14:02:01Z INF +--------------------------------------------------------------------------------------------+
BANNER
exec /bin/sleep 60`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('getting GitLab\'s hooks here through a tunnel', () => {
  it('gives each tool\'s command with the receiver\'s port and says which are on PATH', async () => {
    const bin = join(tempDir(), 'bin');
    fakeTool(bin, 'cloudflared', CLOUDFLARED_BANNER);
    const { core, port } = await startCore(tempDir(), {}, undefined, { tunnelEnv: { PATH: bin } });
    expect(await core.handlers.getTunnelGuide()).toEqual({
      port,
      options: [
        { tool: 'cloudflared', command: `cloudflared tunnel --url http://localhost:${port}`, onPath: true },
        { tool: 'ngrok', command: `ngrok http ${port} --log stdout`, onPath: false },
        { tool: 'ssh', command: `ssh -o StrictHostKeyChecking=accept-new -R 80:localhost:${port} nokey@localhost.run`, onPath: false },
      ],
      tunnel: null,
    });
    await expect(core.handlers.startTunnel('ngrok')).rejects.toThrow(`ngrok is not on PATH: install it, or run "ngrok http ${port} --log stdout" where it is.`);
  });

  it('starts the tool, shows the public URL it prints, and stops it', async () => {
    const bin = join(tempDir(), 'bin');
    fakeTool(bin, 'cloudflared', CLOUDFLARED_BANNER);
    const { core, port } = await startCore(tempDir(), {}, undefined, { tunnelEnv: { PATH: bin } });
    const state = await core.handlers.startTunnel('cloudflared');
    expect(state).toEqual({ tool: 'cloudflared', status: 'open', url: 'https://seasonal-deck-organisms-sf.trycloudflare.com', message: null });
    expect(readFileSync(join(bin, 'cloudflared.args'), 'utf8').trim()).toBe(`tunnel --url http://localhost:${port}`);
    expect((await core.handlers.getTunnelGuide()).tunnel?.url).toBe(state.url);
    const pid = Number(readFileSync(join(bin, 'cloudflared.pid'), 'utf8'));
    expect(alive(pid)).toBe(true);
    await core.handlers.stopTunnel();
    const deadline = Date.now() + 5_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(alive(pid)).toBe(false);
    expect((await core.handlers.getTunnelGuide()).tunnel?.status).toBe('stopped');
  });

  it('says why when the tool exits without a URL, with its last words', async () => {
    const bin = join(tempDir(), 'bin');
    fakeTool(bin, 'ngrok', `echo 't=2026-12-01T14:02:00 lvl=eror msg="authentication failed: Usage of ngrok requires a verified account and authtoken."' ; exit 1`);
    const { core } = await startCore(tempDir(), {}, undefined, { tunnelEnv: { PATH: bin } });
    expect(await core.handlers.startTunnel('ngrok')).toEqual({
      tool: 'ngrok', status: 'stopped', url: null,
      message: 'ngrok exited (code 1): t=2026-12-01T14:02:00 lvl=eror msg="authentication failed: Usage of ngrok requires a verified account and authtoken."',
    });
    expect(existsSync(join(bin, 'ngrok.args'))).toBe(true);
  });
});
