/**
 * `hookbench check --to URL …`: a check run through the contract, like the app's; prints the matrix, the summary
 * and the comparison, writes JUnit XML for GitLab CI, and exits 1 when a case failed or could not be sent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CheckCaseKind, CheckRun, CheckRunRequest } from '@shared/check-run';
import { contractEvents } from '@shared/contract-events';
import { UserError } from '@shared/user-error';
import type { AppCore } from '../../core/app-core';
import { runText } from './check-matrix';
import { junitXml } from './junit-report';
import { UsageError } from './usage-error';

export const CHECK_USAGE = `check --to URL [--check FILE] [--events push,merge_request] [--kinds as-gitlab-sends,wrong-token]
      [--secret-token T] [--signing-token whsec_...] [--junit FILE] [--json] [--case-timeout MS] [--data-dir DIR]
  Plays GitLab's whole catalogue (every event and variant, as GitLab sends it) and its edge cases at a receiver:
  a wrong, a missing X-Gitlab-Token, a tampered body, a signature from another key or 6 minutes old, a Resend,
  new and deleted branches, more than 20 commits, tag pushes, emoji, a body near 25 MB.
  Prints the matrix (events down, case kinds across), what failed and why, the summary, where GitLab would
  have disabled the hook, and what changed since the last run on the same target. Exits 1 when a case fails.
  --to URL          the receiver (or a check file's "target")
  --check FILE      a check file: a path, or a name in the samples folder's checks/ (case selection, expected
                    answers such as {"Pipeline Hook": 204}, events the receiver does not handle, a signature
                    tolerance)
  --events E,E      only these events: push, merge_request, "Pipeline Hook"…
  --kinds K,K       only these kinds of case
  --secret-token T  the X-Gitlab-Token the receiver expects: without it, the token cases are reported, not failed
  --signing-token   the receiver's whsec_ signing token: without it, the signature cases are reported
  --junit FILE      write JUnit XML there (GitLab CI: artifacts:reports:junit)
  --json            print the run as JSON instead of the matrix
  --case-timeout MS how long a case waits for an answer (default GitLab's 10000)
`;

export interface CheckFlags {
  'data-dir'?: string;
  to?: string;
  check?: string;
  events?: string;
  kinds?: string;
  'secret-token'?: string;
  'signing-token'?: string;
  junit?: string;
  json?: boolean;
  'case-timeout'?: string;
}

const commaList = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/** A path (as CI has the file in the receiver's repository) is read here; a bare name is the samples folder's. */
function checkFileOf(flag: string | undefined): Pick<CheckRunRequest, 'checkFile' | 'checkFileText'> {
  if (flag === undefined) return {};
  if (!existsSync(flag)) return { checkFile: flag };
  try {
    return { checkFile: basename(flag), checkFileText: readFileSync(flag, 'utf8') };
  } catch (error) {
    throw new UserError(`Cannot read the check file ${flag}: ${(error as Error).message}.`);
  }
}

export function checkRequest(flags: CheckFlags): CheckRunRequest {
  const given = flags['case-timeout'];
  if (given !== undefined && !/^\d+$/.test(given)) throw new UsageError(`--case-timeout must be a whole number of milliseconds, not "${given}".`);
  const timeout = given === undefined ? undefined : Number(given);
  return {
    to: flags.to ?? '',
    ...checkFileOf(flags.check),
    events: commaList(flags.events),
    kinds: commaList(flags.kinds) as CheckCaseKind[],
    // Not given: the secret store's, as the app's Checks screen does.
    ...(flags['secret-token'] === undefined ? {} : { secretToken: flags['secret-token'] }),
    ...(flags['signing-token'] === undefined ? {} : { signingToken: flags['signing-token'] }),
    ...(timeout === undefined ? {} : { caseTimeoutMs: timeout }),
  };
}

/** Starts the run and resolves with it once it has ended. */
function runToEnd(core: AppCore, request: CheckRunRequest): Promise<CheckRun> {
  const seen = new Map<number, CheckRun>();
  let wanted: number | null = null;
  let finish: (run: CheckRun) => void = () => {};
  const ended = new Promise<CheckRun>((resolve) => (finish = resolve));
  const settle = () => {
    const run = wanted === null ? undefined : seen.get(wanted);
    if (run && run.state !== 'running') finish(run);
  };
  const stop = contractEvents(core.subscribe).on('checkRunChanged', (run) => {
    seen.set(run.id, run);
    settle();
  });
  return Promise.resolve(core.handlers.startCheckRun(request)).then(
    async (started) => {
      wanted = started.id;
      settle();
      // Ctrl+C ends the run after the case in flight, so the folder keeps it as cancelled, not running; a second one kills.
      const cancel = () => void Promise.resolve(core.handlers.cancelCheckRun(started.id)).catch(() => {});
      process.once('SIGINT', cancel);
      process.once('SIGTERM', cancel);
      const run = await ended;
      process.off('SIGINT', cancel);
      process.off('SIGTERM', cancel);
      stop();
      return run;
    },
    (error: unknown) => {
      stop();
      throw error;
    },
  );
}

export async function checkCommand(
  flags: CheckFlags,
  withCore: <T>(dataDir: string | undefined, work: (core: AppCore) => Promise<T>) => Promise<T>,
): Promise<{ out: string; code: number }> {
  const request = checkRequest(flags);
  const run = await withCore(flags['data-dir'], (core) => runToEnd(core, request));
  if (flags.junit) writeFileSync(flags.junit, junitXml(run));
  return { out: flags.json ? `${JSON.stringify(run, null, 2)}\n` : runText(run), code: run.failed + run.internalErrors > 0 || run.state === 'cancelled' ? 1 : 0 };
}
