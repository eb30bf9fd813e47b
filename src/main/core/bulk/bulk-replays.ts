import {
  BULK_DEFAULT_CONCURRENCY, BULK_FAILURES_LISTED, BULK_MAX_CONCURRENCY, type BulkReplayJob, type ReplayRequest,
} from '@shared/contract';
import { statusClass, type DeliveryDetail } from '@shared/delivery';
import { UserError } from '@shared/user-error';

/** Progress is announced at most this often: 10 000 replays must not mean 10 000 events for every window. */
export const PROGRESS_INTERVAL_MS = 250;
/** Ended jobs kept for a window opened later; older ones are forgotten. */
const ENDED_KEPT = 10;

export interface BulkReplayOptions {
  to: string;
  concurrency?: number;
  keepIdempotencyKey?: boolean;
  signingToken?: string | null;
  verifyTls?: boolean;
}

export interface BulkReplaysDeps {
  /** One replay as replayDelivery does it: sent, stored, and the stored replay returned. */
  replayOne(request: ReplayRequest): Promise<DeliveryDetail>;
  changed(job: BulkReplayJob): void;
  now?: () => number;
}

function checkedConcurrency(value: number | undefined): number {
  const concurrency = value ?? BULK_DEFAULT_CONCURRENCY;
  if (!Number.isSafeInteger(concurrency) || concurrency < 1 || concurrency > BULK_MAX_CONCURRENCY) {
    throw new UserError(`Concurrency must be a whole number from 1 to ${BULK_MAX_CONCURRENCY}, not ${concurrency}.`);
  }
  return concurrency;
}

function failureReason(replayed: DeliveryDetail): string {
  if (replayed.status !== null) return `answered ${replayed.status}`;
  return `internal error: ${replayed.errorMessage ?? replayed.errorKind ?? 'no answer'}`;
}

interface Running {
  job: BulkReplayJob;
  cancelled: boolean;
  ended: Promise<void>;
}

/**
 * Bulk replays as jobs of the core: a pool of `concurrency` sends working through the ids, each replay stored
 * as one replayDelivery stores it, so a closed window or a busy renderer neither stops nor slows the job.
 */
export class BulkReplays {
  private readonly jobs = new Map<number, Running>();
  private nextId = 1;
  private readonly now: () => number;

  constructor(private readonly deps: BulkReplaysDeps) {
    this.now = deps.now ?? Date.now;
  }

  start(ids: readonly number[], options: BulkReplayOptions): BulkReplayJob {
    const to = options.to.trim();
    if (!to) throw new UserError('Say where to replay the selection to: a URL such as http://localhost:3000/hooks.');
    if (ids.length === 0) throw new UserError('Nothing to replay: the selection is empty (the deliveries may have been deleted).');
    const concurrency = checkedConcurrency(options.concurrency);
    const job: BulkReplayJob = {
      jobId: this.nextId++, to, total: ids.length, succeeded: 0, failed: 0, state: 'running', failures: [], startedAt: this.now(), finishedAt: null,
    };
    const running: Running = { job, cancelled: false, ended: Promise.resolve() };
    this.jobs.set(job.jobId, running);
    this.forgetOldEnded();
    // In the order they arrived, as the sender sent them.
    running.ended = this.run(running, [...ids].sort((a, b) => a - b), concurrency, options);
    this.deps.changed({ ...job });
    return { ...job };
  }

  cancel(jobId: number): BulkReplayJob {
    const running = this.jobs.get(jobId);
    if (!running) throw new UserError(`There is no bulk replay ${jobId} in this Hookbench: it may have ended before a restart.`);
    if (running.job.state === 'running') {
      running.cancelled = true;
      running.job.state = 'cancelling';
      this.deps.changed(this.copy(running.job));
    }
    return this.copy(running.job);
  }

  list(): BulkReplayJob[] {
    return [...this.jobs.values()].map(({ job }) => this.copy(job)).sort((a, b) => b.jobId - a.jobId);
  }

  /** Cancels every job and waits for the sends in flight to be stored: the store closes after this. */
  async close(): Promise<void> {
    for (const running of this.jobs.values()) running.cancelled = true;
    await Promise.all([...this.jobs.values()].map(({ ended }) => ended));
  }

  private async run(running: Running, ids: readonly number[], concurrency: number, options: BulkReplayOptions): Promise<void> {
    const { job } = running;
    let next = 0;
    let announce: ReturnType<typeof setTimeout> | undefined;
    const progressed = () => {
      announce ??= setTimeout(() => {
        announce = undefined;
        this.deps.changed(this.copy(job));
      }, PROGRESS_INTERVAL_MS);
    };
    const worker = async () => {
      while (!running.cancelled && next < ids.length) {
        const id = ids[next++];
        await this.replayOne(job, id, options);
        progressed();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
    clearTimeout(announce);
    job.state = running.cancelled ? 'cancelled' : 'finished';
    job.finishedAt = this.now();
    this.deps.changed(this.copy(job));
  }

  private async replayOne(job: BulkReplayJob, id: number, options: BulkReplayOptions): Promise<void> {
    try {
      const replayed = await this.deps.replayOne({
        id, to: job.to, keepIdempotencyKey: options.keepIdempotencyKey ?? true, signingToken: options.signingToken ?? null,
        ...(options.verifyTls !== undefined ? { verifyTls: options.verifyTls } : {}),
      });
      if (statusClass(replayed) === 'success') job.succeeded += 1;
      else this.fail(job, { id, replayId: replayed.id, reason: failureReason(replayed) });
    } catch (error) {
      this.fail(job, { id, replayId: null, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  private fail(job: BulkReplayJob, failure: BulkReplayJob['failures'][number]): void {
    job.failed += 1;
    if (job.failures.length < BULK_FAILURES_LISTED) job.failures.push(failure);
  }

  private copy(job: BulkReplayJob): BulkReplayJob {
    return { ...job, failures: [...job.failures] };
  }

  private forgetOldEnded(): void {
    const ended = [...this.jobs.values()].filter(({ job }) => job.finishedAt !== null).map(({ job }) => job.jobId).sort((a, b) => a - b);
    for (const jobId of ended.slice(0, Math.max(0, ended.length - ENDED_KEPT))) this.jobs.delete(jobId);
  }
}
