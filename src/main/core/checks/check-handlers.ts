/**
 * The contract's check-run methods: a request becomes a plan (its check file, its target without secrets, its
 * tokens from the request or the secret store, its cases), which the runner plays while the table keeps it.
 */
import type { CheckRunRequest } from '@shared/check-run';
import { GITLAB_TIMEOUT_MS } from '@shared/gitlab-verdict';
import type { ContractHandlers } from '@shared/contract';
import type { Settings } from '@shared/settings';
import { UserError } from '@shared/user-error';
import { targetOf } from '@shared/gitlab-verdict';
import { parseHttpUrl } from '../sender/http-url';
import { checkedKinds, eventIdOf, EXPECTATIONS_APPLY, planCases } from './check-cases';
import { parseCheckFile, expectedStatus, type CheckFile } from './check-file';
import type { CheckFolder } from './check-folder';
import type { CheckRunner, RunPlan } from './check-runner';
import { summaryOf, type CheckRunTable } from './check-run-table';
import { jenkinsWords } from './jenkins-case';

type CheckHandlers = Pick<ContractHandlers, 'startCheckRun' | 'getCheckRun' | 'listCheckRuns' | 'cancelCheckRun' | 'listCheckFiles'>;

export interface CheckHandlerDeps {
  table: CheckRunTable;
  runner: CheckRunner;
  folder: () => CheckFolder;
  sending: () => Settings['sending'];
  /** The secret store's receiver tokens, used when the request gives none. */
  storedToken: (name: 'receiver.secretToken' | 'receiver.signingToken') => string | null;
  /** Tokens typed for one run are held nowhere else: the views that show what they were sent in mask them too. */
  rememberSecrets: (values: readonly (string | null | undefined)[]) => void;
}

const MIN_CASE_TIMEOUT_MS = 100;
/** The stale-signature case's age when the check file sets no tolerance: past the usual 5 minutes. */
const STALE_SECONDS = 6 * 60;

function checkedTimeout(value: number | undefined): number {
  const timeout = value ?? GITLAB_TIMEOUT_MS;
  if (timeout < MIN_CASE_TIMEOUT_MS || timeout > GITLAB_TIMEOUT_MS) {
    throw new UserError(`A case's time limit must be from ${MIN_CASE_TIMEOUT_MS} ms to GitLab's ${GITLAB_TIMEOUT_MS} ms, not ${timeout}.`);
  }
  return timeout;
}

/** The URL a run is known by, compared on and shown: no user:pass@, no query (either may hold a secret). */
function runTarget(to: string): string {
  const url = parseHttpUrl(to, 'The receiver URL');
  url.username = '';
  url.password = '';
  return targetOf(url.href);
}

export function createCheckHandlers(deps: CheckHandlerDeps): CheckHandlers {
  const checkFileOf = (request: CheckRunRequest): CheckFile | null => {
    if (request.checkFileText !== undefined) return parseCheckFile(request.checkFileText);
    return request.checkFile ? deps.folder().read(request.checkFile) : null;
  };

  const planOf = (request: CheckRunRequest): RunPlan => {
    const file = checkFileOf(request);
    const to = request.to.trim() || file?.target;
    if (!to) throw new UserError('Say which receiver to check: give its URL (--to), or a check file that names a "target".');
    const target = runTarget(to);
    const secretToken = request.secretToken === undefined ? deps.storedToken('receiver.secretToken') : request.secretToken;
    const signingToken = request.signingToken === undefined ? deps.storedToken('receiver.signingToken') : request.signingToken;
    deps.rememberSecrets([secretToken, signingToken]);
    const events = request.events && request.events.length > 0 ? request.events.map(eventIdOf) : (file?.events ?? []);
    const kinds = request.kinds && request.kinds.length > 0 ? checkedKinds(request.kinds) : (file?.kinds ?? []);
    const cases = planCases({ events, kinds, unhandled: file?.unhandledEvents ?? [] });
    if (cases.length === 0) throw new UserError('No case matches that choice of events and kinds: the push edge cases need push among the events.');
    const sending = deps.sending();
    const tolerance = file?.signatureToleranceSeconds ?? null;
    return {
      cases,
      setup: {
        to,
        gitlabUrl: sending.gitlabUrl,
        gitlabVersion: sending.gitlabVersion,
        secretToken: secretToken ?? null,
        signingToken: signingToken ?? null,
        staleSeconds: Math.max(STALE_SECONDS, (tolerance ?? 0) + 60),
      },
      target,
      checkFile: request.checkFile ?? null,
      timeoutMs: checkedTimeout(request.caseTimeoutMs),
      verifyTls: sending.verifyTls,
      gitlabVersion: sending.gitlabVersion,
      expected: (planned) => (EXPECTATIONS_APPLY.has(planned.kind) ? expectedStatus(file, planned.event) : null),
      toleranceSeconds: tolerance,
      jenkins: jenkinsWords(target, secretToken ?? null),
    };
  };

  const runOf = async (id: number) => deps.runner.current(id) ?? (await deps.table.get(id));

  return {
    startCheckRun: async (request) => deps.runner.start(planOf(request)),
    getCheckRun: (id) => runOf(id),
    listCheckRuns: async (target) => {
      const runs = await deps.table.list(target === undefined ? undefined : runTarget(target));
      return runs.map((run) => {
        const playing = deps.runner.current(run.id);
        return playing ? summaryOf(playing) : run;
      });
    },
    cancelCheckRun: async (id) => {
      const run = await runOf(id);
      if (!run) throw new UserError(`There is no check run ${id}.`);
      if (run.state !== 'running') return run;
      const stopped = await deps.runner.cancel(id);
      if (!stopped) throw new UserError(`Check run ${id} is running in another Hookbench process; stop it there (Ctrl+C where \`hookbench check\` runs).`);
      return stopped;
    },
    listCheckFiles: () => {
      const folder = deps.folder();
      return { folder: folder.path, entries: folder.list() };
    },
  };
}
