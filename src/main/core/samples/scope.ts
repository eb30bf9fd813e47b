import type { SampleContext } from '@shared/sample-context';
import { randomHex, randomInt, type Random } from './random';

const MINUTE_MS = 60_000;

/**
 * What one sample is built from: the user's context, one reading of the clock and one random stream.
 * Builders take the scope rather than the three apart, so every part of a sample agrees on "now".
 */
export class SampleScope {
  constructor(
    readonly context: SampleContext,
    readonly random: Random,
    readonly now: Date,
  ) {}

  /** A fresh 40-hex commit SHA. */
  sha(): string {
    return randomHex(this.random, 40);
  }

  /** A database id, large as on a busy instance. */
  id(): number {
    return randomInt(this.random, 1_000, 999_999);
  }

  /** A project-scoped number (issue, MR, pipeline `iid`). */
  iid(): number {
    return randomInt(this.random, 1, 400);
  }

  int(min: number, max: number): number {
    return randomInt(this.random, min, max);
  }

  /** A moment between `minMinutes` and `maxMinutes` before now, to the second. */
  minutesAgo(minMinutes: number, maxMinutes: number): Date {
    const offset = randomInt(this.random, minMinutes * 60, maxMinutes * 60) * 1000;
    return new Date(Math.floor((this.now.getTime() - offset) / 1000) * 1000);
  }

  /** A moment `days` days from now (negative: ago). */
  daysFromNow(days: number): Date {
    return new Date(this.now.getTime() + days * 24 * 60 * MINUTE_MS);
  }

  /** A URL inside the project, e.g. `projectUrl('/-/issues/3')`. */
  projectUrl(suffix = ''): string {
    return `${this.context.gitlabUrl}/${this.context.projectPath}${suffix}`;
  }
}
