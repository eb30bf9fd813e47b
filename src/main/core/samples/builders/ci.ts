import type { SampleScope } from '../scope';

/** Job and pipeline statuses a sample can show. */
export type CiStatus = 'created' | 'pending' | 'running' | 'success' | 'failed' | 'skipped';

/** When a job was created, started and finished, as GitLab reports them. */
export interface JobTimes {
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Seconds spent running (so far, while running); null before it started. */
  duration: number | null;
  /** Seconds spent waiting for a runner; null before one picked it up. */
  queuedDuration: number | null;
}

const NOT_STARTED: ReadonlySet<CiStatus> = new Set(['created', 'pending', 'skipped']);

/**
 * Times for jobs that run one after another, all created with their pipeline, the last one started
 * ending (or still running) now: what a pipeline's `builds` and a lone job hook show.
 */
export function jobTimeline(scope: SampleScope, statuses: readonly CiStatus[]): JobTimes[] {
  const spans = statuses.map((status) =>
    NOT_STARTED.has(status) ? null : { queued: scope.int(1, 30), running: scope.int(20, 240), finished: status !== 'running' },
  );
  const busySeconds = spans.reduce((total, span) => total + (span ? span.queued + span.running : 0), 0);
  const createdAt = new Date(Math.floor(scope.now.getTime() / 1000) * 1000 - (busySeconds + scope.int(1, 60)) * 1000);
  let cursor = createdAt.getTime();
  return spans.map((span) => {
    if (!span) return { createdAt, startedAt: null, finishedAt: null, duration: null, queuedDuration: null };
    const startedAt = new Date(cursor + span.queued * 1000);
    cursor = startedAt.getTime() + span.running * 1000;
    const finishedAt = span.finished ? new Date(cursor) : null;
    return { createdAt, startedAt, finishedAt, duration: span.running, queuedDuration: span.queued };
  });
}

/** A shared instance runner, as `runner` in job hooks and in each of a pipeline's `builds`. */
export function runnerAttrs(scope: SampleScope) {
  return {
    id: scope.id(),
    description: 'shared-runners-manager-1',
    runner_type: 'instance_type',
    active: true,
    is_shared: true,
    tags: ['docker', 'linux'],
  };
}

/** GitLab's `failure_reason`, sent only for failed jobs. */
export const FAILURE_REASON = 'script_failure';
