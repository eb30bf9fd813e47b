/**
 * The pipeline of the story's last push and its jobs as they move: a pipeline step or a job step changes their
 * statuses and times, and every later hook reports the same pipeline id, job ids and times.
 */
import { SCENARIO_JOBS, type ScenarioJob } from '@shared/scenario';
import { UserError } from '@shared/user-error';
import type { CiStatus } from '../samples/builders/ci';
import type { PipelineStatus, StoryJob, StoryPipeline, StoryState } from './story-state';

const STAGE_OF: Readonly<Record<ScenarioJob, StoryJob['stage']>> = { compile: 'build', 'unit-tests': 'test', staging: 'deploy' };
const STAGES: readonly StoryJob['stage'][] = ['build', 'test', 'deploy'];
const stageIndex = (job: StoryJob) => STAGES.indexOf(job.stage);

export const isDone = (job: StoryJob) => job.finishedAt !== null || job.status === 'skipped';

/** Whole seconds between two moments. */
export const secondsBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 1000);

/** The pipeline of the last push, created by the first CI step after it. */
export function currentPipeline(story: StoryState, at: Date): StoryPipeline {
  if (story.pipeline) return story.pipeline;
  if (!story.lastPush) throw new UserError('a pipeline, job or deployment needs a push or a tag push before it.');
  const { ref, tag, before, commit } = story.lastPush;
  const firstJobId = story.id();
  const pipeline: StoryPipeline = {
    id: story.id(),
    iid: story.int(1, 400),
    ref,
    tag,
    commit,
    beforeSha: before,
    createdAt: at,
    finishedAt: null,
    status: 'pending',
    jobs: SCENARIO_JOBS.map((name, index) => ({
      name, stage: STAGE_OF[name], id: firstJobId + index, status: 'created', createdAt: at, startedAt: null, finishedAt: null, retries: 0,
    })),
  };
  story.pipeline = pipeline;
  if (!tag && ref === story.featureBranch) story.featurePipelineId = pipeline.id;
  return pipeline;
}

function start(job: StoryJob, at: Date): void {
  job.status = 'running';
  job.startedAt ??= at;
}

/**
 * A job that ends without a step of its own started halfway between its stage's turn (the previous stages done,
 * or its creation) and its end.
 */
function finish(pipeline: StoryPipeline, job: StoryJob, status: CiStatus, at: Date): void {
  const turn = pipeline.jobs
    .filter((earlier) => stageIndex(earlier) < stageIndex(job) && earlier.finishedAt)
    .reduce((latest, earlier) => Math.max(latest, earlier.finishedAt!.getTime()), job.createdAt.getTime());
  job.startedAt ??= new Date(Math.floor((turn + at.getTime()) / 2000) * 1000);
  job.finishedAt = at;
  job.status = status;
}

/** Jobs of earlier stages finish before a later one starts. */
function settleEarlierStages(pipeline: StoryPipeline, job: StoryJob, at: Date): void {
  for (const earlier of pipeline.jobs) if (stageIndex(earlier) < stageIndex(job) && !isDone(earlier)) finish(pipeline, earlier, 'success', at);
}

/** A retried job runs again under a new id; the jobs it had skipped wait for it again. */
function retried(story: StoryState, pipeline: StoryPipeline, job: StoryJob, at: Date): StoryJob {
  if (!isDone(job)) throw new UserError(`the ${job.name} job can be retried only once it has finished.`);
  const newest = Math.max(...pipeline.jobs.map((each) => each.id));
  const again: StoryJob = { ...job, id: newest + story.int(1, 5), retries: job.retries + 1, status: 'created', createdAt: at, startedAt: null, finishedAt: null };
  pipeline.jobs = pipeline.jobs.map((each) => (each === job ? again : each));
  for (const later of pipeline.jobs) if (later.status === 'skipped') later.status = 'created';
  return again;
}

/** A job step: the job moves to `status` at `at`, and the pipeline it belongs to is running from then on. */
export function moveJob(story: StoryState, name: ScenarioJob, status: CiStatus, retry: boolean, at: Date): { pipeline: StoryPipeline; job: StoryJob } {
  const pipeline = currentPipeline(story, at);
  const found = pipeline.jobs.find((each) => each.name === name)!;
  const job = retry ? retried(story, pipeline, found, at) : found;
  if (status !== 'created') settleEarlierStages(pipeline, job, at);
  if (status === 'running') start(job, at);
  else if (status === 'success' || status === 'failed') finish(pipeline, job, status, at);
  if (status !== 'created') {
    pipeline.status = 'running';
    pipeline.finishedAt = null;
  }
  return { pipeline, job };
}

/** A pipeline step: the jobs no step moved follow the pipeline's status. */
export function movePipeline(story: StoryState, status: PipelineStatus, at: Date): StoryPipeline {
  const pipeline = currentPipeline(story, at);
  const waiting = pipeline.jobs.filter((job) => !isDone(job));
  if (status === 'pending') {
    for (const job of waiting) job.status = stageIndex(job) === 0 ? 'pending' : 'created';
  } else if (status === 'running') {
    if (!waiting.some((job) => job.status === 'running') && waiting.length > 0) start(waiting[0], at);
  } else if (status === 'success') {
    // Jobs no step moved ran one after another since the last thing that happened to the pipeline.
    const since = Math.max(pipeline.createdAt.getTime(), ...pipeline.jobs.flatMap((job) => [job.startedAt, job.finishedAt]).map((time) => time?.getTime() ?? 0));
    waiting.forEach((job, index) => {
      const end = since + ((at.getTime() - since) * (index + 1)) / waiting.length;
      finish(pipeline, job, 'success', new Date(Math.floor(end / 1000) * 1000));
    });
  } else {
    const failedStage = pipeline.jobs.find((job) => job.status === 'failed') ?? (waiting[0] && (finish(pipeline, waiting[0], 'failed', at), waiting[0]));
    for (const job of pipeline.jobs.filter((each) => !isDone(each))) {
      if (failedStage && stageIndex(job) < stageIndex(failedStage)) finish(pipeline, job, 'success', at);
      else job.status = 'skipped';
    }
  }
  pipeline.status = status;
  pipeline.finishedAt = status === 'success' || status === 'failed' ? at : null;
  return pipeline;
}
