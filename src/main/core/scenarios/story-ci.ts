/** Pipeline, job and deployment steps: the story's pipeline and jobs written into the generated payloads. */
import type { ScenarioStep } from '@shared/scenario';
import { FAILURE_REASON, runnerAttrs, type CiStatus } from '../samples/builders/ci';
import { commitAttrs } from '../samples/builders/commit';
import { gitlabTime, isoTime } from '../samples/time';
import { currentPipeline, movePipeline, moveJob, secondsBetween } from './story-pipeline';
import type { PipelineStatus, StoryJob, StoryPipeline, StoryState } from './story-state';

type Payload = Record<string, unknown>;

/** `detailed_status` as the pipeline page words it. */
const DETAILED_STATUS: Readonly<Record<PipelineStatus, string>> = { pending: 'pending', running: 'running', success: 'passed', failed: 'failed' };

const timeOrNull = (at: Date | null) => at && gitlabTime(at);

function jobDuration(job: StoryJob, at: Date): number | null {
  return job.startedAt && secondsBetween(job.startedAt, job.finishedAt ?? at);
}

const queuedDuration = (job: StoryJob) => job.startedAt && secondsBetween(job.createdAt, job.startedAt);

function runnerOf(story: StoryState, job: StoryJob, at: Date): unknown {
  if (!job.startedAt) return null;
  story.runner ??= runnerAttrs(story.scope(at));
  return story.runner;
}

function pipelineDuration(pipeline: StoryPipeline, at: Date): number | null {
  if (!pipeline.finishedAt) return null;
  return pipeline.jobs.reduce((total, job) => total + (jobDuration(job, at) ?? 0), 0);
}

const firstStart = (pipeline: StoryPipeline) =>
  pipeline.jobs.reduce<Date | null>((first, job) => (job.startedAt && (!first || job.startedAt < first) ? job.startedAt : first), null);

export function tellPipeline(story: StoryState, step: ScenarioStep, payload: Payload, at: Date): void {
  const pipeline = movePipeline(story, step.variant as PipelineStatus, at);
  const scope = story.scope(at);
  const started = firstStart(pipeline);
  payload.object_attributes = {
    ...(payload.object_attributes as Payload),
    id: pipeline.id,
    iid: pipeline.iid,
    ref: pipeline.ref,
    tag: pipeline.tag,
    sha: pipeline.commit.sha,
    before_sha: pipeline.beforeSha,
    status: pipeline.status,
    detailed_status: DETAILED_STATUS[pipeline.status],
    created_at: gitlabTime(pipeline.createdAt),
    finished_at: timeOrNull(pipeline.finishedAt),
    duration: pipelineDuration(pipeline, at),
    queued_duration: started && secondsBetween(pipeline.createdAt, started),
    url: scope.projectUrl(`/-/pipelines/${pipeline.id}`),
  };
  payload.commit = commitAttrs(scope, pipeline.commit);
  payload.builds = (payload.builds as Payload[]).map((build) => {
    const job = pipeline.jobs.find((each) => each.name === build.name)!;
    return {
      ...build,
      id: job.id,
      status: job.status,
      created_at: gitlabTime(job.createdAt),
      started_at: timeOrNull(job.startedAt),
      finished_at: timeOrNull(job.finishedAt),
      duration: jobDuration(job, at),
      queued_duration: queuedDuration(job),
      failure_reason: job.status === 'failed' ? FAILURE_REASON : null,
      runner: runnerOf(story, job, at),
    };
  });
}

/** `build_created_at` and, in newer GitLab, `build_created_at_iso` beside it. */
function timeFields(name: string, at: Date | null): Payload {
  return { [`build_${name}`]: timeOrNull(at), [`build_${name}_iso`]: at && isoTime(at) };
}

export function tellJob(story: StoryState, step: ScenarioStep, payload: Payload, at: Date): void {
  const { pipeline, job } = moveJob(story, step.job!, step.variant as CiStatus, step.retry === true, at);
  const started = firstStart(pipeline);
  Object.assign(payload, {
    ref: pipeline.ref,
    tag: pipeline.tag,
    before_sha: pipeline.beforeSha,
    sha: pipeline.commit.sha,
    retries_count: job.retries,
    build_id: job.id,
    build_name: job.name,
    build_stage: job.stage,
    build_status: job.status,
    ...timeFields('created_at', job.createdAt),
    ...timeFields('started_at', job.startedAt),
    ...timeFields('finished_at', job.finishedAt),
    build_duration: jobDuration(job, at),
    build_queued_duration: queuedDuration(job),
    build_failure_reason: job.status === 'failed' ? FAILURE_REASON : null,
    pipeline_id: pipeline.id,
    runner: runnerOf(story, job, at),
    environment: job.stage === 'deploy' ? { name: 'staging', action: 'start', deployment_tier: 'staging' } : null,
  });
  // Job hooks carry the pipeline as `commit`: its id is the pipeline's, its status the pipeline's.
  payload.commit = {
    ...(payload.commit as Payload),
    id: pipeline.id,
    sha: pipeline.commit.sha,
    message: pipeline.commit.message,
    status: pipeline.status,
    duration: pipelineDuration(pipeline, at),
    started_at: timeOrNull(started),
    started_at_iso: started && isoTime(started),
    finished_at: timeOrNull(pipeline.finishedAt),
    finished_at_iso: pipeline.finishedAt && isoTime(pipeline.finishedAt),
  };
}

export function tellDeployment(story: StoryState, step: ScenarioStep, payload: Payload, at: Date): void {
  const pipeline = currentPipeline(story, at);
  const job = pipeline.jobs.find((each) => each.stage === 'deploy')!;
  const scope = story.scope(at);
  const { sha, message } = pipeline.commit;
  Object.assign(payload, {
    status: step.variant,
    status_changed_at: gitlabTime(at),
    deployment_id: story.deploymentId,
    deployable_id: job.id,
    deployable_url: scope.projectUrl(`/-/jobs/${job.id}`),
    short_sha: sha.slice(0, 8),
    commit_url: scope.projectUrl(`/-/commit/${sha}`),
    commit_title: message.split('\n')[0],
  });
}
