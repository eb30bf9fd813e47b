/** A screen's or a pane's failure in words, announced to screen readers; nothing when there is none. */
export function PaneError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="pane-message-error" role="alert">
      {message}
    </p>
  );
}
