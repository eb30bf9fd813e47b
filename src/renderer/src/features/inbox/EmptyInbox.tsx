import { CopyButton } from '../../components/CopyButton';
import { useApp } from '../../store/use-app';
import { SendFirstSample } from './SendFirstSample';

/** First run: not a blank pane but the two things that make the first row appear. */
export function EmptyInbox() {
  const receiver = useApp((state) => state.connection.receiver);
  const showScreen = useApp((state) => state.shell.showScreen);

  // Another process on the folder receiving is as good: its deliveries show here.
  if (!receiver || (receiver.status !== 'listening' && receiver.status !== 'elsewhere') || !receiver.url) {
    return (
      <div className="empty-inbox" data-testid="empty-inbox">
        <h2>No deliveries yet</h2>
        <p>
          The receiver is not listening, so nothing can arrive.{' '}
          {receiver?.message ?? 'Start it by choosing a free port.'}
        </p>
        <button type="button" className="button button-primary" onClick={() => showScreen('settings')}>
          Open receiver settings
        </button>
        <SendFirstSample />
      </div>
    );
  }

  const curl =
    `curl -X POST -H 'X-Gitlab-Event: Push Hook' -H 'Content-Type: application/json' ` +
    `--data '{"object_kind":"push"}' ${receiver.url}`;
  return (
    <div className="empty-inbox" data-testid="empty-inbox">
      <h2>Waiting for the first hook</h2>
      <ol className="guide">
        <li>
          <p>
            In GitLab, open <strong>Settings → Webhooks</strong> of your project and paste this URL:
          </p>
          <div className="copy-line">
            <code className="mono">{receiver.url}</code>
            <CopyButton text={receiver.url} label="Copy URL" />
          </div>
          {!receiver.exposed && (
            <p className="muted">
              This address is reachable from this machine only. For a GitLab on another machine, let the receiver
              listen on all interfaces in Settings.
            </p>
          )}
          <p className="muted">
            GitLab in Docker, self-managed or gitlab.com?{' '}
            <button type="button" className="link-button" onClick={() => showScreen('routes')}>
              How to get its hooks here (tunnel commands with this port)
            </button>
          </p>
        </li>
        <li>
          <p>Or post a sample push from a terminal:</p>
          <div className="copy-line">
            <code className="mono">{curl}</code>
            <CopyButton text={curl} label="Copy command" />
          </div>
        </li>
        <li>
          <p>Or let Hookbench send one, as GitLab would:</p>
          <SendFirstSample />
        </li>
      </ol>
      <p className="muted">Deliveries appear here the moment they arrive.</p>
    </div>
  );
}
