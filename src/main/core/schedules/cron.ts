import { Cron } from 'croner';
import { UserError } from '@shared/user-error';

/**
 * A five-field cron expression (GitLab's own schedules use the same form, e.g. `30 0 * * *`), read in the
 * machine's time zone. Throws in words when it is not one, or when it can never run (`0 0 30 2 *`).
 */
export function parseCron(expression: string): Cron {
  let cron: Cron;
  try {
    cron = new Cron(expression, { mode: '5-part', paused: true });
  } catch (error) {
    const reason = (error as Error).message.replace(/^CronPattern: /, '');
    throw new UserError(
      `"${expression}" is not a cron schedule (${reason}). Use five fields: minute hour day-of-month month day-of-week, like "30 0 * * *" for 00:30 every night.`,
    );
  }
  if (cron.nextRun() === null) throw new UserError(`"${expression}" never runs: no date matches it.`);
  return cron;
}

/** The first run strictly after `after`, in epoch ms, or null when there is none. */
export function nextRunAfter(cron: Cron, after: number): number | null {
  return cron.nextRun(new Date(after))?.getTime() ?? null;
}
