import type { CheckFiles, CheckRun, CheckRunSummary } from '@shared/check-run';
import { checkRequestOf, emptyCheckDraft, type CheckDraft } from './check-draft';
import { describeError } from './describe-error';
import type { SliceCreator } from './types';

/**
 * The Checks screen's state: the run on screen (started here, or an earlier one re-opened) kept current by the
 * core's `checkRunChanged`, the earlier runs on its target, and what the form offers (check files, recent targets).
 */
export interface ChecksSlice {
  checkDraft: CheckDraft;
  shownRun: CheckRun | null;
  /** Every run on the shown run's target, newest first (the shown one among them). */
  runsOnTarget: CheckRunSummary[];
  /** Targets earlier runs went to, the most recent first, for the target picker. */
  checkTargets: string[];
  checkFiles: CheckFiles | null;
  /** A run is being asked for: Run waits for the core's answer. */
  checkStarting: boolean;
  checksError: string | null;
  editCheckDraft(patch: Partial<CheckDraft>): void;
  loadCheckChoices(): Promise<void>;
  /** Runs the check the draft describes. */
  startCheck(): Promise<void>;
  cancelCheck(): Promise<void>;
  openCheckRun(id: number): Promise<void>;
  handleCheckRunChanged(run: CheckRun): void;
}

/** Of two copies of one run, the one further on: announcements and answers may arrive in either order. */
export function furtherOn(held: CheckRun, other: CheckRun): CheckRun {
  if (held.id !== other.id) return other;
  const heldOver = held.state !== 'running';
  const otherOver = other.state !== 'running';
  if (heldOver !== otherOver) return heldOver ? held : other;
  // Both running, or both over (a cancel answers at once; the case it was on may still be announced after).
  return other.cases.length >= held.cases.length ? other : held;
}

function summaryOf(run: CheckRun): CheckRunSummary {
  const { id, target, checkFile, state, startedAt, finishedAt, planned, passed, failed, reported, internalErrors, summary } = run;
  return { id, target, checkFile, state, startedAt, finishedAt, planned, passed, failed, reported, internalErrors, summary };
}

export const createChecksSlice: SliceCreator<'checks', ChecksSlice> = ({ set, get, client }) => {
  const own = () => get().checks;

  /** The shown run, and the list of runs on its target (the same target keeps the list; another reloads it). */
  async function show(run: CheckRun): Promise<void> {
    const sameTarget = own().shownRun?.target === run.target;
    set({ shownRun: run, checksError: null });
    if (sameTarget && own().runsOnTarget.some((known) => known.id === run.id)) return;
    try {
      const runs = await client.listCheckRuns(run.target);
      if (own().shownRun?.target === run.target) set({ runsOnTarget: runs });
    } catch (error) {
      set({ checksError: describeError(`list the runs on ${run.target}`, error) });
    }
  }

  return {
    checkDraft: emptyCheckDraft,
    shownRun: null,
    runsOnTarget: [],
    checkTargets: [],
    checkFiles: null,
    checkStarting: false,
    checksError: null,

    editCheckDraft(patch) {
      set({ checkDraft: { ...own().checkDraft, ...patch } });
    },

    async loadCheckChoices() {
      try {
        const [checkFiles, runs] = await Promise.all([client.listCheckFiles(), client.listCheckRuns()]);
        set({ checkFiles, checkTargets: [...new Set(runs.map((run) => run.target))], checksError: null });
      } catch (error) {
        set({ checksError: describeError('list the check files and earlier runs', error) });
      }
    },

    async startCheck() {
      const request = checkRequestOf(own().checkDraft);
      set({ checkStarting: true, checksError: null });
      try {
        const started = await client.startCheckRun(request);
        set({ checkTargets: [started.target, ...own().checkTargets.filter((known) => known !== started.target)] });
        await show(started);
        // Cases done before the answer came were announced before the run was on screen: catch up once.
        const current = await client.getCheckRun(started.id);
        const shown = own().shownRun;
        if (current && shown?.id === current.id) set({ shownRun: furtherOn(shown, current) });
      } catch (error) {
        set({ checksError: describeError(`start a check run against ${request.to || 'the check file\'s target'}`, error) });
      } finally {
        set({ checkStarting: false });
      }
    },

    async cancelCheck() {
      const shown = own().shownRun;
      if (!shown || shown.state !== 'running') return;
      try {
        const cancelled = await client.cancelCheckRun(shown.id);
        get().checks.handleCheckRunChanged(cancelled);
      } catch (error) {
        set({ checksError: describeError(`cancel check run ${shown.id}`, error) });
      }
    },

    async openCheckRun(id) {
      try {
        const run = await client.getCheckRun(id);
        if (!run) return set({ checksError: `Check run ${id} is no longer stored: pick another run, or run the check again.` });
        await show(run);
      } catch (error) {
        set({ checksError: describeError(`open check run ${id}`, error) });
      }
    },

    handleCheckRunChanged(run) {
      const { shownRun, runsOnTarget, checkTargets } = own();
      const patch: Partial<Pick<ChecksSlice, 'shownRun' | 'runsOnTarget' | 'checkTargets'>> = {};
      const latest = shownRun?.id === run.id ? furtherOn(shownRun, run) : run;
      if (latest !== shownRun && shownRun?.id === run.id) patch.shownRun = latest;
      if (shownRun?.target === run.target) {
        const known = runsOnTarget.some((each) => each.id === run.id);
        // A run started elsewhere on this target (the CLI, another window) joins the list at its top.
        patch.runsOnTarget = known ? runsOnTarget.map((each) => (each.id === run.id ? summaryOf(latest) : each)) : [summaryOf(run), ...runsOnTarget];
      }
      if (!checkTargets.includes(run.target)) patch.checkTargets = [run.target, ...checkTargets];
      if (Object.keys(patch).length > 0) set(patch);
    },
  };
};
