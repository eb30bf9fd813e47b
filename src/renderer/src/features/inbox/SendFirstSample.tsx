import { useApp } from '../../store/use-app';
import { PaneError } from '../../components/PaneError';

/** The quickest way to a first row: a generated Push Hook, sent to Hookbench's own receiver. */
export function SendFirstSample() {
  const url = useApp((state) => (state.connection.receiver?.status === 'listening' || state.connection.receiver?.status === 'elsewhere' ? state.connection.receiver.url : null));
  const sending = useApp((state) => state.inbox.firstSampleSending);
  const error = useApp((state) => state.inbox.firstSampleError);
  const send = useApp((state) => state.inbox.sendFirstSample);

  return (
    <div className="send-first-sample">
      <button type="button" className="button button-primary" disabled={!url || sending} onClick={() => void send()}>
        {sending ? 'Sending…' : 'Send a sample Push Hook to the receiver'}
      </button>
      {!url && <p className="muted">The receiver is not listening, so there is nowhere to send it yet.</p>}
      <PaneError message={error} />
    </div>
  );
}
