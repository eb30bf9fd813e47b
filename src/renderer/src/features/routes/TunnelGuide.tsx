import { useEffect, useState } from 'react';
import type { TunnelGuide as Guide, TunnelTool } from '@shared/tunnel';
import { useClient } from '../../api/use-client';
import { CopyButton } from '../../components/CopyButton';
import { describeError } from '../../store/describe-error';
import { useApp } from '../../store/use-app';

/** What stands between GitLab and 127.0.0.1, and the tunnel commands with this receiver's port. */
export function TunnelGuide() {
  const client = useClient();
  const version = useApp((state) => state.routes.tunnelVersion);
  const [guide, setGuide] = useState<Guide | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState<TunnelTool | null>(null);

  useEffect(() => {
    client.getTunnelGuide().then(setGuide, (failure: unknown) => setError(describeError('read the tunnel guide', failure)));
  }, [client, version]);

  const start = async (tool: TunnelTool) => {
    setStarting(tool);
    try {
      await client.startTunnel(tool);
      setGuide(await client.getTunnelGuide());
      setError(null);
    } catch (failure) {
      setError(describeError(`start ${tool}`, failure));
    } finally {
      setStarting(null);
    }
  };

  const port = guide?.port ?? 'PORT';
  const tunnel = guide?.tunnel;
  return (
    <section className="tunnel-guide" aria-label="Getting GitLab's hooks here" data-testid="tunnel-guide">
      <h3>Getting GitLab's hooks here</h3>
      <ul>
        <li>
          <strong>Self-managed GitLab</strong> refuses local addresses until an admin ticks <em>Admin → Settings → Network →
          Outbound requests → Allow requests to the local network from webhooks and integrations</em> ("Requests to the local
          network are not allowed" otherwise).
        </li>
        <li>
          <strong>GitLab in Docker</strong> reaches this machine at <code className="mono">http://host.docker.internal:{port}</code>{' '}
          (on Linux run the container with <code className="mono">--add-host=host.docker.internal:host-gateway</code>) or at the
          bridge address, such as <code className="mono">http://172.17.0.1:{port}</code>. Either needs the receiver to listen
          beyond loopback (Settings → Receiver host 0.0.0.0), which lets other machines on your network send to it too.
        </li>
        <li>
          <strong>gitlab.com</strong> cannot reach your machine at all: use a tunnel you already have. Hookbench starts one that
          is on PATH and shows the public URL it prints.
        </li>
      </ul>
      <ul className="tunnel-options">
        {guide?.options.map((option) => (
          <li key={option.tool} className="copy-line">
            <code className="mono">{option.command}</code>
            <CopyButton text={option.command} label="Copy command" />
            {option.onPath && (
              <button type="button" className="button button-small" disabled={starting !== null} onClick={() => void start(option.tool)}>
                {starting === option.tool ? 'Starting…' : `Start ${option.tool}`}
              </button>
            )}
          </li>
        ))}
      </ul>
      {tunnel?.status === 'open' && tunnel.url && (
        <div className="copy-line" data-testid="tunnel-url">
          <span>
            {tunnel.tool} is open: give GitLab <code className="mono">{tunnel.url}</code> (plus the path your routes expect).
          </span>
          <CopyButton text={tunnel.url} label="Copy URL" />
          <button type="button" className="button button-small" onClick={() => void client.stopTunnel()}>
            Stop
          </button>
        </div>
      )}
      {tunnel?.status !== 'open' && tunnel?.message && <p className="field-error">{tunnel.message}</p>}
      {error && <p className="field-error">{error}</p>}
    </section>
  );
}
