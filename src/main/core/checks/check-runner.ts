/**
 * Plays a run's cases at the receiver one after another, each with GitLab's time limit, storing every delivery
 * (origin `check`, linked to the run) and the run after each case, so every process on the folder sees it move.
 * Cancel stops it after the case in flight.
 */
import type { CheckCaseResult, CheckRun } from '@shared/check-run';
import { isAnswered, sendRequest } from '../sender/send-request';
import { outboundRecord } from '../sender/outbound-record';
import type { DeliveryRecord } from '../store/delivery-record';
import { caseSends, type CaseSetup } from './case-requests';
import { judgeCase, type CaseAnswer, type ExpectedStatus } from './case-judgement';
import { GITLAB_NEVER_SENDS, type PlannedCase } from './check-cases';
import type { CheckRunTable, SentByCase } from './check-run-table';
import { compareRuns, disablingWords, runSummary, type RunDelivery } from './run-words';

export interface RunPlan {
  cases: readonly PlannedCase[];
  setup: CaseSetup;
  /** The URL the run is known by: no credentials, no query. */
  target: string;
  checkFile: string | null;
  timeoutMs: number;
  verifyTls: boolean;
  gitlabVersion: string;
  expected: (planned: PlannedCase) => ExpectedStatus | null;
  toleranceSeconds: number | null;
  /** For a Jenkins GitLab-plugin target: what the plugin would do with a request, in words. */
  jenkins: ((request: { headers: ReadonlyArray<readonly [string, string]>; body: Uint8Array }, status: number | null) => string) | null;
}

export interface RunnerDeps {
  table: CheckRunTable;
  storeRecord: (record: DeliveryRecord) => Promise<number>;
  changed: (run: CheckRun) => void;
  report: (message: string) => void;
}

interface Running {
  run: CheckRun;
  cancelled: boolean;
  /** Resolves when the run has stopped and its last state is stored. */
  ended: Promise<void>;
}

export class CheckRunner {
  private readonly running = new Map<number, Running>();

  constructor(private readonly deps: RunnerDeps) {}

  async start(plan: RunPlan): Promise<CheckRun> {
    const startedAt = Date.now();
    const blank = { cases: [] as CheckCaseResult[], planned: plan.cases.length, state: 'running' as const };
    const id = await this.deps.table.create({ target: plan.target, checkFile: plan.checkFile, startedAt, planned: plan.cases.length, summary: runSummary(blank) });
    const run: CheckRun = {
      id, target: plan.target, checkFile: plan.checkFile, state: 'running', startedAt, finishedAt: null, planned: plan.cases.length,
      passed: 0, failed: 0, reported: 0, internalErrors: 0, summary: runSummary(blank), cases: [], disabling: null, comparison: null,
    };
    const entry: Running = { run, cancelled: false, ended: Promise.resolve() };
    this.running.set(id, entry);
    entry.ended = this.play(entry, plan)
      .catch((error: unknown) => this.deps.report(`Check run ${id} stopped: ${(error as Error).message}`))
      .finally(() => this.running.delete(id));
    return structuredClone(run);
  }

  /** The run as this process holds it while it plays; null once it ended, or when another process plays it. */
  current(id: number): CheckRun | null {
    const entry = this.running.get(id);
    return entry ? structuredClone(entry.run) : null;
  }

  /** Stops the run after the case in flight; resolves with it as stored then, or null when this process does not play it. */
  async cancel(id: number): Promise<CheckRun | null> {
    const entry = this.running.get(id);
    if (!entry) return null;
    entry.cancelled = true;
    await entry.ended;
    return structuredClone(entry.run);
  }

  /** Cancels every run and waits for them to stop: before the store closes. */
  async close(): Promise<void> {
    const entries = [...this.running.values()];
    for (const entry of entries) entry.cancelled = true;
    await Promise.all(entries.map((entry) => entry.ended));
  }

  private async play(entry: Running, plan: RunPlan): Promise<void> {
    const { run } = entry;
    const deliveries: RunDelivery[] = [];
    const previous = await this.deps.table.previousFinished(plan.target, run.id);
    for (const planned of plan.cases) {
      if (entry.cancelled) break;
      const { result, sent } = await this.playCase(planned, plan, run.cases.length + 1, deliveries);
      run.cases.push(result);
      this.tally(run, plan, deliveries, previous);
      await this.deps.table.save(run, sent);
      this.deps.changed(structuredClone(run));
    }
    run.state = entry.cancelled && run.cases.length < plan.cases.length ? 'cancelled' : 'finished';
    run.finishedAt = Date.now();
    this.tally(run, plan, deliveries, previous);
    await this.deps.table.save(run);
    this.deps.changed(structuredClone(run));
  }

  private tally(run: CheckRun, plan: RunPlan, deliveries: readonly RunDelivery[], previous: CheckRun | null): void {
    const count = (outcome: CheckCaseResult['outcome']) => run.cases.filter((c) => c.outcome === outcome).length;
    [run.passed, run.failed, run.reported, run.internalErrors] = [count('passed'), count('failed'), count('reported'), count('internal-error')];
    run.summary = runSummary(run);
    run.disabling = disablingWords(deliveries, plan.gitlabVersion);
    run.comparison = previous && compareRuns(previous, run.cases);
  }

  private async playCase(planned: PlannedCase, plan: RunPlan, caseNumber: number, deliveries: RunDelivery[]) {
    const answers: CaseAnswer[] = [];
    const sent: SentByCase[] = [];
    let jenkins: string | null = null;
    const began = Date.now();
    try {
      for (const send of caseSends(planned, plan.setup)) {
        const request = send();
        const result = await sendRequest({ method: 'POST', ...request, timeoutMs: plan.timeoutMs, verifyTls: plan.verifyTls });
        const record = outboundRecord({ origin: 'check', method: 'POST', url: request.url, body: request.body, result, event: planned.event });
        const id = await this.deps.storeRecord(record);
        sent.push({ deliveryId: id, caseTitle: planned.title });
        const status = isAnswered(result) ? result.status : null;
        answers.push({ status, errorKind: record.errorKind, errorMessage: record.errorMessage, durationMs: result.durationMs });
        if (!GITLAB_NEVER_SENDS.has(planned.kind)) {
          deliveries.push({ id, at: result.startedAt, status, durationMs: result.durationMs, caseNumber, caseTitle: planned.title });
        }
        jenkins = plan.jenkins && plan.jenkins(request, status);
      }
    } catch (error) {
      // A case that cannot be built or stored is this case's internal error; the run goes on.
      answers.push({ status: null, errorKind: 'other', errorMessage: (error as Error).message, durationMs: Date.now() - began });
    }
    const judgement = judgeCase({
      kind: planned.kind,
      answers,
      hasSecretToken: plan.setup.secretToken !== null,
      hasSigningToken: plan.setup.signingToken !== null,
      expected: plan.expected(planned),
      toleranceSeconds: plan.toleranceSeconds,
      staleSeconds: plan.setup.staleSeconds,
      timeoutMs: plan.timeoutMs,
    });
    const result: CheckCaseResult = {
      key: planned.key,
      event: planned.event,
      variant: planned.variant,
      kind: planned.kind,
      title: planned.title,
      outcome: judgement.outcome,
      status: answers[answers.length - 1].status,
      sentAt: began,
      durationMs: Math.round(answers.reduce((sum, answer) => sum + answer.durationMs, 0)),
      gitlab: judgement.gitlab,
      deliveryIds: sent.map((s) => s.deliveryId),
      message: judgement.message,
      jenkins,
    };
    return { result, sent };
  }
}
