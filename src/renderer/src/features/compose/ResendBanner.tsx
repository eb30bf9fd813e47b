import { useApp } from '../../store/use-app';

/** Says what Edit and resend keeps, so a user does not take the delivery's own headers for GitLab's. */
export function ResendBanner() {
  const resendOf = useApp((state) => state.compose.draft.resendOf);
  const binary = useApp((state) => state.compose.draft.bodyIsBinary);
  if (!resendOf) return null;
  return (
    <div className="resend-banner" role="status" data-testid="resend-banner">
      <p>
        Edit and resend of <strong>#{resendOf.id}</strong>: sent as <span className="mono">{resendOf.method}</span> with its own
        headers (edit them on the right), stored as a replay linked to it. Pick an event on the left to start from a sample
        instead.
      </p>
      {binary && (
        <p data-testid="binary-body-reason">
          Its body is not UTF-8 text, so it is shown as hex, read-only, and sent byte for byte as it was received.
        </p>
      )}
    </div>
  );
}
