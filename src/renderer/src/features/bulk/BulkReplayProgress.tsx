import type { BulkReplayJob } from '@shared/contract';
import { useApp } from '../../store/use-app';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** Where the job stands, in words; the counts are coloured too, never only coloured. */
function headline(job: BulkReplayJob): string {
  const done = job.succeeded + job.failed;
  if (job.state === 'running') return `Replaying ${done.toLocaleString()} of ${plural(job.total, 'delivery', 'deliveries')} to ${job.to}`;
  if (job.state === 'cancelling') return `Cancelling: waiting for the replays in flight (${done.toLocaleString()} of ${job.total.toLocaleString()} done)`;
  const ended = job.state === 'cancelled' ? `Cancelled after ${done.toLocaleString()} of ${job.total.toLocaleString()}` : `Replayed ${plural(job.total, 'delivery', 'deliveries')}`;
  return `${ended} to ${job.to}`;
}

/** The core's bulk replay: a progress bar and Cancel while it runs, then the summary with every failure to open. */
export function BulkReplayProgress() {
  const job = useApp((state) => state.bulk.bulkJob);
  const cancel = useApp((state) => state.bulk.cancelBulkReplay);
  const dismiss = useApp((state) => state.bulk.dismissBulkReplay);
  const open = useApp((state) => state.detail.open);
  if (!job) return null;
  const done = job.succeeded + job.failed;
  const running = job.state === 'running' || job.state === 'cancelling';
  return (
    <section className="bulk-replay" aria-label="Bulk replay" data-testid="bulk-replay" data-state={job.state}>
      <div className="bulk-replay-line">
        <progress value={done} max={job.total} aria-label="Bulk replay progress" />
        <span role="status">
          {headline(job)}: <span className="bulk-green">{job.succeeded.toLocaleString()} green</span>,{' '}
          <span className="bulk-red">{job.failed.toLocaleString()} red</span>
        </span>
        {running ? (
          <button type="button" className="button button-small" disabled={job.state === 'cancelling'} onClick={() => void cancel()}>
            Cancel
          </button>
        ) : (
          <button type="button" className="button button-small" onClick={dismiss}>
            Dismiss
          </button>
        )}
      </div>
      {job.failures.length > 0 && (
        <ul className="bulk-failures" aria-label="Failed replays">
          {job.failures.map((failure) => (
            <li key={failure.id}>
              <button type="button" className="link-button" onClick={() => open(failure.replayId ?? failure.id)}>
                #{failure.id}
                {failure.replayId !== null && ` → #${failure.replayId}`}
              </button>{' '}
              {failure.reason}
            </li>
          ))}
          {job.failed > job.failures.length && <li>…and {(job.failed - job.failures.length).toLocaleString()} more (search origin:replay status:failed)</li>}
        </ul>
      )}
    </section>
  );
}
