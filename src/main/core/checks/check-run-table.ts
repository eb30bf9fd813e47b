/**
 * Check runs as the data folder keeps them, so a run the CLI made in another process is listed by the app:
 * one row per run with its cases as JSON (never a token), and which run and case sent each delivery.
 */
import type { CheckCaseResult, CheckComparison, CheckRun, CheckRunState, CheckRunSummary } from '@shared/check-run';
import { hostname } from 'node:os';
import { processRuns } from '../lease/receiver-lease';
import type { SqlRunner } from '../store/sql-runner';

export const CHECK_RUNS_SCHEMA = `
CREATE TABLE IF NOT EXISTS check_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  target TEXT NOT NULL,
  check_file TEXT,
  state TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  planned INTEGER NOT NULL,
  passed INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  reported INTEGER NOT NULL DEFAULT 0,
  internal_errors INTEGER NOT NULL DEFAULT 0,
  summary TEXT NOT NULL,
  disabling TEXT,
  comparison TEXT,
  cases TEXT NOT NULL,
  pid INTEGER NOT NULL,
  machine TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS check_runs_by_target ON check_runs (target, id);
CREATE TABLE IF NOT EXISTS check_run_deliveries (
  delivery_id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL,
  case_title TEXT NOT NULL
);`;

interface SummaryRow {
  id: number;
  target: string;
  check_file: string | null;
  state: CheckRunState;
  started_at: number;
  finished_at: number | null;
  planned: number;
  passed: number;
  failed: number;
  reported: number;
  internal_errors: number;
  summary: string;
  pid: number;
  machine: string;
}

interface RunRow extends SummaryRow {
  disabling: string | null;
  comparison: string | null;
  cases: string;
}

/** More runs than anyone scrolls through; older ones stay in the file. */
const LISTED_RUNS = 200;

const SUMMARY_COLUMNS = 'id, target, check_file, state, started_at, finished_at, planned, passed, failed, reported, internal_errors, summary, pid, machine';
const COLUMNS = `${SUMMARY_COLUMNS}, disabling, comparison, cases`;

const MACHINE = hostname();

/** A run left `running` by a process of this machine that is gone (killed, crashed) will never end by itself. */
const abandoned = (row: SummaryRow) => row.state === 'running' && row.machine === MACHINE && row.pid !== process.pid && !processRuns(row.pid);

function summaryOfRow(row: SummaryRow): CheckRunSummary {
  const ended = abandoned(row);
  return {
    id: row.id,
    target: row.target,
    checkFile: row.check_file,
    state: ended ? 'cancelled' : row.state,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    planned: row.planned,
    passed: row.passed,
    failed: row.failed,
    reported: row.reported,
    internalErrors: row.internal_errors,
    summary: ended ? `${row.summary}; stopped unfinished: the Hookbench process that ran it (pid ${row.pid}) ended` : row.summary,
  };
}

function runOf(row: RunRow): CheckRun {
  return {
    ...summaryOfRow(row),
    cases: JSON.parse(row.cases) as CheckCaseResult[],
    disabling: row.disabling,
    comparison: row.comparison === null ? null : (JSON.parse(row.comparison) as CheckComparison),
  };
}

export function summaryOf(run: CheckRun): CheckRunSummary {
  const { cases: _cases, disabling: _disabling, comparison: _comparison, ...summary } = run;
  return summary;
}

/** A delivery a case sent, and which case: linked in the same transaction as the case's result. */
export interface SentByCase {
  deliveryId: number;
  caseTitle: string;
}

export class CheckRunTable {
  /** `reads` answers the UI off the receiver's thread; `writes` commits a run's rows (a few per case). */
  constructor(
    private readonly reads: SqlRunner,
    private readonly writes: SqlRunner,
  ) {}

  async create(run: Pick<CheckRun, 'target' | 'checkFile' | 'startedAt' | 'planned' | 'summary'>): Promise<number> {
    const [, row] = (await this.writes.run(
      [
        {
          sql: `INSERT INTO check_runs (target, check_file, state, started_at, planned, summary, cases, pid, machine)
            VALUES (?, ?, 'running', ?, ?, ?, '[]', ?, ?)`,
          params: [run.target, run.checkFile, run.startedAt, run.planned, run.summary, process.pid, MACHINE],
          mode: 'run',
        },
        { sql: 'SELECT last_insert_rowid() AS id', params: [], mode: 'get' },
      ],
      { write: true },
    )) as [unknown, { id: number }];
    return row.id;
  }

  /** Writes the run as it stands, and links the deliveries its latest case sent. */
  async save(run: CheckRun, sent: readonly SentByCase[] = []): Promise<void> {
    await this.writes.run(
      [
        {
          sql: `UPDATE check_runs SET state = ?, finished_at = ?, passed = ?, failed = ?, reported = ?, internal_errors = ?, summary = ?,
            disabling = ?, comparison = ?, cases = ? WHERE id = ?`,
          params: [
            run.state, run.finishedAt, run.passed, run.failed, run.reported, run.internalErrors, run.summary, run.disabling,
            run.comparison === null ? null : JSON.stringify(run.comparison), JSON.stringify(run.cases), run.id,
          ],
          mode: 'run',
        },
        ...sent.map(({ deliveryId, caseTitle }) => ({
          sql: 'INSERT OR REPLACE INTO check_run_deliveries (delivery_id, run_id, case_title) VALUES (?, ?, ?)',
          params: [deliveryId, run.id, caseTitle],
          mode: 'run' as const,
        })),
      ],
      { write: true },
    );
  }

  async get(id: number): Promise<CheckRun | null> {
    const [row] = (await this.reads.run([{ sql: `SELECT ${COLUMNS} FROM check_runs WHERE id = ?`, params: [id], mode: 'get' }])) as [RunRow | undefined];
    return row ? runOf(row) : null;
  }

  /** Newest first, without their cases. */
  async list(target?: string): Promise<CheckRunSummary[]> {
    const [rows] = (await this.reads.run([
      target === undefined
        ? { sql: `SELECT ${SUMMARY_COLUMNS} FROM check_runs ORDER BY id DESC LIMIT ${LISTED_RUNS}`, params: [], mode: 'all' }
        : { sql: `SELECT ${SUMMARY_COLUMNS} FROM check_runs WHERE target = ? ORDER BY id DESC LIMIT ${LISTED_RUNS}`, params: [target], mode: 'all' },
    ])) as [SummaryRow[]];
    return rows.map(summaryOfRow);
  }

  /** The latest finished run on the target before `beforeId`: what a run is compared with. */
  async previousFinished(target: string, beforeId: number): Promise<CheckRun | null> {
    const [row] = (await this.reads.run([
      {
        sql: `SELECT ${COLUMNS} FROM check_runs WHERE target = ? AND id < ? AND state = 'finished' ORDER BY id DESC LIMIT 1`,
        params: [target, beforeId],
        mode: 'get',
      },
    ])) as [RunRow | undefined];
    return row ? runOf(row) : null;
  }

  /** Which run and case sent a delivery; null for one no check run sent. */
  async sentBy(deliveryId: number): Promise<{ runId: number; caseTitle: string } | null> {
    const [row] = (await this.reads.run([
      { sql: 'SELECT run_id AS runId, case_title AS caseTitle FROM check_run_deliveries WHERE delivery_id = ?', params: [deliveryId], mode: 'get' },
    ])) as [{ runId: number; caseTitle: string } | undefined];
    return row ?? null;
  }
}
