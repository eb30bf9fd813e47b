import { FAILURE_REASON, jobTimeline, runnerAttrs, type CiStatus } from '../builders/ci';
import { projectAttrs, repositoryAttrs } from '../builders/project';
import { userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';
import { gitlabTime, isoTime } from '../time';

const STATUSES: readonly CiStatus[] = ['created', 'running', 'success', 'failed'];

/** `2021-02-23 02:41:37 UTC` and, in newer GitLab, `2021-02-23T02:41:37Z` beside it. */
function timeFields(name: string, at: Date | null) {
  return { [`build_${name}`]: at && gitlabTime(at), [`build_${name}_iso`]: at && isoTime(at) };
}

/** Job hooks (`Gitlab::DataBuilder::Build`): object_kind `build`, and `commit.id` is the pipeline's id. */
export function generateJob(scope: SampleScope, variantId: string) {
  const status = STATUSES.find((candidate) => candidate === variantId) ?? 'created';
  const [times] = jobTimeline(scope, [status]);
  const sha = scope.sha();
  const pipelineId = scope.id();
  const project = projectAttrs(scope);
  const { userName, userEmail } = scope.context;
  return {
    object_kind: 'build',
    ref: scope.context.defaultBranch,
    tag: false,
    before_sha: scope.sha(),
    sha,
    retries_count: 0,
    build_id: scope.id(),
    build_name: 'unit-tests',
    build_stage: 'test',
    build_status: status,
    ...timeFields('created_at', times.createdAt),
    ...timeFields('started_at', times.startedAt),
    ...timeFields('finished_at', times.finishedAt),
    build_duration: times.duration,
    build_queued_duration: times.queuedDuration,
    build_allow_failure: false,
    build_failure_reason: status === 'failed' ? FAILURE_REASON : null,
    pipeline_id: pipelineId,
    runner: times.startedAt ? runnerAttrs(scope) : null,
    project_id: scope.context.projectId,
    project_name: `${project.namespace} / ${project.name}`,
    user: userAttrs(scope),
    commit: {
      id: pipelineId,
      name: null,
      sha,
      message: 'Retry webhook deliveries on 502',
      author_name: userName,
      author_email: userEmail,
      // GitLab falls back to mailto: when the author has no account.
      author_url: `mailto:${userEmail}`,
      status: status === 'created' ? 'pending' : status,
      duration: times.duration,
      started_at: times.startedAt && gitlabTime(times.startedAt),
      started_at_iso: times.startedAt && isoTime(times.startedAt),
      finished_at: times.finishedAt && gitlabTime(times.finishedAt),
      finished_at_iso: times.finishedAt && isoTime(times.finishedAt),
    },
    repository: repositoryAttrs(scope),
    project,
    environment: null,
  };
}
