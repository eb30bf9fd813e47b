import type { Cron } from 'croner';
import type { PresetSchedule } from '@shared/trigger-preset';
import { nextRunAfter, parseCron } from './cron';

/** Node timers overflow past this many ms (about 24.8 days) and would fire at once: longer waits re-arm. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock, looked up at each call so that test fake timers apply. */
const systemClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface ScheduledPreset {
  file: string;
  schedule: PresetSchedule | null;
}

export interface PresetSchedulerOptions {
  /** Runs the preset saved in `file`; a rejection is reported and never stops the other schedules. */
  run: (file: string) => Promise<void>;
  /** A problem with a schedule or a run, in words. */
  report: (message: string) => void;
  clock?: SchedulerClock;
}

interface Planned {
  expression: string;
  cron: Cron;
  next: number | null;
}

/**
 * Runs presets on their cron schedules while the app runs, with one timer armed for the soonest run.
 * A run missed while the machine slept happens once on waking, then the schedule goes on from there.
 */
export class PresetScheduler {
  private plans = new Map<string, Planned>();
  private readonly running = new Set<string>();
  private timer: unknown = null;
  private readonly clock: SchedulerClock;

  constructor(private readonly options: PresetSchedulerOptions) {
    this.clock = options.clock ?? systemClock;
  }

  /** Takes the presets as they are now (after any change on disk), recomputes each next run and re-arms. */
  update(presets: readonly ScheduledPreset[]): void {
    const now = this.clock.now();
    const plans = new Map<string, Planned>();
    for (const { file, schedule } of presets) {
      if (!schedule?.enabled) continue;
      const kept = this.plans.get(file);
      // An unchanged schedule keeps its next run, even one due this very moment whose timer has not fired yet.
      if (kept?.expression === schedule.cron) {
        plans.set(file, kept);
        continue;
      }
      try {
        const cron = parseCron(schedule.cron);
        plans.set(file, { expression: schedule.cron, cron, next: nextRunAfter(cron, now) });
      } catch (error) {
        this.options.report(`The schedule of ${file} is not used: ${(error as Error).message}`);
      }
    }
    this.plans = plans;
    this.arm();
  }

  /** Epoch ms of the preset's next run, or null when it is not scheduled. */
  nextRunAt(file: string): number | null {
    return this.plans.get(file)?.next ?? null;
  }

  stop(): void {
    this.disarm();
    this.plans.clear();
  }

  private arm(): void {
    this.disarm();
    const soonest = Math.min(...[...this.plans.values()].map((plan) => plan.next ?? Infinity));
    if (soonest === Infinity) return;
    const wait = Math.min(Math.max(0, soonest - this.clock.now()), MAX_TIMER_MS);
    this.timer = this.clock.setTimeout(() => this.fire(), wait);
  }

  private disarm(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.timer = null;
    const now = this.clock.now();
    for (const [file, plan] of this.plans) {
      if (plan.next === null || plan.next > now) continue;
      plan.next = nextRunAfter(plan.cron, now);
      this.start(file);
    }
    this.arm();
  }

  private start(file: string): void {
    if (this.running.has(file)) {
      this.options.report(`Skipped a scheduled run of ${file}: the previous one has not finished yet.`);
      return;
    }
    this.running.add(file);
    Promise.resolve()
      .then(() => this.options.run(file))
      .catch((error: unknown) => this.options.report(`The scheduled run of ${file} failed: ${(error as Error)?.message ?? String(error)}`))
      .finally(() => this.running.delete(file));
  }
}
