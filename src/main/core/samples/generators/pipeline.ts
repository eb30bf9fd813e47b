import { FAILURE_REASON, jobTimeline, runnerAttrs, type CiStatus, type JobTimes } from '../builders/ci';
import { commitAttrs } from '../builders/commit';
import { projectAttrs } from '../builders/project';
import { userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';
import { gitlabTime } from '../time';

const STAGES = ['build', 'test', 'deploy'] as const;
const JOBS: ReadonlyArray<[name: string, stage: (typeof STAGES)[number]]> = [
  ['compile', 'build'],
  ['unit-tests', 'test'],
  ['staging', 'deploy'],
];

/** Each job's status, stage by stage, for a pipeline in the given status. */
const JOB_STATUSES: Readonly<Record<string, readonly CiStatus[]>> = {
  pending: ['pending', 'created', 'created'],
  running: ['success', 'running', 'created'],
  success: ['success', 'success', 'success'],
  failed: ['success', 'failed', 'skipped'],
};

/** `detailed_status` as the pipeline page words it. */
const DETAILED_STATUS: Readonly<Record<string, string>> = {
  pending: 'pending',
  running: 'running',
  success: 'passed',
  failed: 'failed',
};

interface BuildContext {
  user: object;
  /** One runner takes every job of a sample pipeline. */
  runner: object;
}

function buildAttrs(scope: SampleScope, [name, stage]: (typeof JOBS)[number], status: CiStatus, times: JobTimes, shared: BuildContext) {
  return {
    id: scope.id(),
    stage,
    name,
    status,
    created_at: gitlabTime(times.createdAt),
    started_at: times.startedAt && gitlabTime(times.startedAt),
    finished_at: times.finishedAt && gitlabTime(times.finishedAt),
    duration: times.duration,
    queued_duration: times.queuedDuration,
    failure_reason: status === 'failed' ? FAILURE_REASON : null,
    when: 'on_success',
    manual: false,
    allow_failure: false,
    user: shared.user,
    runner: times.startedAt ? shared.runner : null,
    artifacts_file: { filename: null, size: null },
    environment: stage === 'deploy' ? { name: 'staging', action: 'start', deployment_tier: 'staging' } : null,
  };
}

/** Pipeline hooks (`Gitlab::DataBuilder::Pipeline`) for a push to the default branch; no upstream pipeline. */
export function generatePipeline(scope: SampleScope, variantId: string) {
  const status = variantId in JOB_STATUSES ? variantId : 'pending';
  const user = userAttrs(scope);
  const sha = scope.sha();
  const statuses = JOB_STATUSES[status];
  const timeline = jobTimeline(scope, statuses);
  const shared = { user, runner: runnerAttrs(scope) };
  const builds = JOBS.map((job, index) => buildAttrs(scope, job, statuses[index], timeline[index], shared));
  const lastFinish = timeline.reduce<Date | null>((last, times) => times.finishedAt ?? last, null);
  const finished = status === 'success' || status === 'failed';
  const id = scope.id();
  const createdAt = timeline[0].createdAt;
  return {
    object_kind: 'pipeline',
    object_attributes: {
      id,
      iid: scope.iid(),
      name: null,
      ref: scope.context.defaultBranch,
      tag: false,
      sha,
      before_sha: scope.sha(),
      source: 'push',
      status,
      detailed_status: DETAILED_STATUS[status],
      stages: [...STAGES],
      created_at: gitlabTime(createdAt),
      finished_at: finished && lastFinish ? gitlabTime(lastFinish) : null,
      duration: finished ? builds.reduce((total, build) => total + (build.duration ?? 0), 0) : null,
      queued_duration: timeline[0].queuedDuration,
      variables: [],
      url: scope.projectUrl(`/-/pipelines/${id}`),
    },
    merge_request: null,
    user,
    project: projectAttrs(scope),
    commit: commitAttrs(scope, { sha, at: new Date(createdAt.getTime() - 60_000) }),
    builds,
  };
}
