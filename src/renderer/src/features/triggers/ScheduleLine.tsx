import type { PresetSchedule } from '@shared/trigger-preset';
import { formatExactTime } from '../../components/format';
import { useApp } from '../../store/use-app';

const OFF: PresetSchedule = { cron: '30 0 * * *', enabled: false };

/** Run on a cron expression while Hookbench runs; each run is a delivery like any other. */
export function ScheduleLine() {
  const schedule = useApp((state) => state.triggers.triggerDraft?.schedule ?? null) ?? OFF;
  const file = useApp((state) => state.triggers.triggerFile);
  const saved = useApp((state) => state.triggers.triggerEntries.find((entry) => entry.file === file) ?? null);
  // The next run belongs to the schedule on disk: while the form differs from it, it would mislead.
  const unsaved = saved?.schedule?.cron !== schedule.cron || saved.schedule.enabled !== schedule.enabled;
  const nextRunAt = unsaved ? null : (saved?.nextRunAt ?? null);
  const edit = useApp((state) => state.triggers.editTriggerDraft);

  return (
    <fieldset className="schedule-line">
      <legend className="field-label">Schedule</legend>
      <label className="switch">
        <input
          type="checkbox"
          name="scheduleEnabled"
          checked={schedule.enabled}
          onChange={(event) => edit({ schedule: { ...schedule, enabled: event.target.checked } })}
        />
        <span className="switch-track switch-track-accent" aria-hidden="true" />
        Run on
      </label>
      <input
        name="cron"
        type="text"
        className="mono"
        aria-label="Cron expression"
        spellCheck={false}
        value={schedule.cron}
        onChange={(event) => edit({ schedule: { ...schedule, cron: event.target.value } })}
      />
      <span className="muted" data-testid="next-run">
        {!schedule.enabled
          ? 'minute hour day month weekday, e.g. 30 0 * * * every night at 00:30'
          : nextRunAt
            ? `Next run ${formatExactTime(nextRunAt)}`
            : 'Save the preset to schedule it with this expression.'}
      </span>
    </fieldset>
  );
}
