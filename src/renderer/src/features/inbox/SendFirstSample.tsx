import { useApp } from '../../store/use-app';

/** The quickest way to a first row: a generated Push Hook, sent to Hookbench's own receiver. */
export function SendFirstSample() {
  const url = useApp((state) => (state.receiver?.status === 'listening' || state.receiver?.status === 'elsewhere' ? state.receiver.url : null));
  const sending = useApp((state) => state.firstSampleSending);
  const error = useApp((state) => state.firstSampleError);
  const send = useApp((state) => state.sendFirstSample);

  return (
    <div className="send-first-sample">
      <button type="button" className="button button-primary" disabled={!url || sending} onClick={() => void send()}>
        {sending ? 'Sending…' : 'Send a sample Push Hook to the receiver'}
      </button>
      {!url && <p className="muted">The receiver is not listening, so there is nowhere to send it yet.</p>}
      {error && (
        <p className="pane-message-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
