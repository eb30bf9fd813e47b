import { CopyButton } from '../../components/CopyButton';
import { useApp } from '../../store/use-app';

/** The pill stays one line: the first sentence says what happened, the tooltip and the inbox say the rest. */
function firstSentence(message: string | null): string | null {
  return message ? message.split(/(?<=\.)\s/)[0].replace(/\.$/, '') : null;
}

/** The receiver's state in one glance, with the way out when it cannot listen. */
export function ReceiverPill() {
  const receiver = useApp((state) => state.connection.receiver);
  const showScreen = useApp((state) => state.shell.showScreen);
  const connection = useApp((state) => state.connection.link);

  if (connection.status === 'reconnecting' || connection.status === 'disconnected') {
    return (
      <span className="receiver-state">
        <span className="receiver-pill receiver-disconnected" role="alert" data-testid="connection-pill" title={connection.reason}>
          ⚠ Disconnected from Hookbench
        </span>
        <span className="connection-detail">{connection.status === 'reconnecting' ? 'Reconnecting…' : 'Not reconnecting: see below.'}</span>
      </span>
    );
  }

  if (!receiver) return <span className="receiver-pill receiver-unknown">Connecting…</span>;

  if (receiver.status === 'error') {
    return (
      <span className="receiver-state">
        <span className="receiver-pill receiver-error" role="alert" title={receiver.message ?? undefined}>
          ⚠ {firstSentence(receiver.message) ?? `The receiver could not listen on port ${receiver.port}`}
        </span>
        <button type="button" className="button button-small" onClick={() => showScreen('settings')}>
          Choose another port
        </button>
      </span>
    );
  }

  if (receiver.status === 'elsewhere') {
    return (
      <span className="receiver-state">
        <span className="receiver-pill receiver-elsewhere" data-testid="receiver-pill" title={receiver.message ?? undefined}>
          ⇄ {firstSentence(receiver.message)}
        </span>
        {receiver.url && <CopyButton text={receiver.url} label="Copy" title="Copy the receiver URL" />}
      </span>
    );
  }

  if (receiver.status === 'stopped' || !receiver.url) {
    return (
      <span className="receiver-state">
        <span className="receiver-pill receiver-stopped">○ Stopped</span>
        <button type="button" className="button button-small" onClick={() => showScreen('settings')}>
          Receiver settings
        </button>
      </span>
    );
  }

  return (
    <span className="receiver-state">
      <span className="receiver-pill receiver-listening" data-testid="receiver-pill">
        <span className="receiver-dot" aria-hidden="true">
          ●
        </span>{' '}
        Listening on <span className="mono">{receiver.url}</span>
      </span>
      <CopyButton text={receiver.url} label="Copy" title="Copy the receiver URL" />
      {receiver.exposed && (
        <span
          className="receiver-exposed"
          title="Other machines on your network can send to this receiver. Choose 127.0.0.1 in Settings to keep it private."
        >
          ⚠ Reachable from other machines
        </span>
      )}
    </span>
  );
}
