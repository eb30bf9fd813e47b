/** How many trailing characters stay visible, so `/hooks/…/project/42` keeps its informative end. */
const TAIL_LENGTH = 14;

/** Truncates in the middle with CSS alone: the head shrinks with an ellipsis, the tail never does. */
export function MiddleTruncated({ text, className = '' }: { text: string; className?: string }) {
  const head = text.length > TAIL_LENGTH * 2 ? text.slice(0, -TAIL_LENGTH) : text;
  const tail = text.slice(head.length);
  return (
    <span className={`middle-truncated ${className}`} title={text}>
      <span className="middle-truncated-head">{head}</span>
      {tail && <span className="middle-truncated-tail">{tail}</span>}
    </span>
  );
}
