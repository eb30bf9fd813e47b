import type { ScenarioJob } from '@shared/scenario';
import type { SampleContext } from '@shared/sample-context';
import type { CiStatus } from '../samples/builders/ci';
import { pick, randomHex, randomInt, type Random } from '../samples/random';
import { SampleScope } from '../samples/scope';

export interface StoryCommit {
  sha: string;
  at: Date;
  message: string;
}

export interface StoryJob {
  name: ScenarioJob;
  stage: 'build' | 'test' | 'deploy';
  id: number;
  status: CiStatus;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  retries: number;
}

export type PipelineStatus = 'pending' | 'running' | 'success' | 'failed';

export interface StoryPipeline {
  id: number;
  iid: number;
  /** A branch or tag name, as pipeline and job hooks write `ref`. */
  ref: string;
  tag: boolean;
  /** The pushed commit it runs for, and the push's `before`. */
  commit: StoryCommit;
  beforeSha: string;
  createdAt: Date;
  finishedAt: Date | null;
  status: PipelineStatus;
  /** Stage by stage, as the pipeline samples list their builds. */
  jobs: StoryJob[];
}

export interface StoryMergeRequest {
  /** The fields that stay from the MR's first hook to its last (id, iid, title, creation time, labels…). */
  kept: Record<string, unknown>;
  labels: unknown;
  /** The source branch's head at the MR's previous hook: an update's `oldrev`. */
  seenHead: string;
  closed: boolean;
  mergeCommit: StoryCommit | null;
  /** `updated_at` as the MR's previous hook sent it: an update's `changes`. */
  updatedAt: string | null;
}

export const ZERO_SHA = '0'.repeat(40);
const FEATURE_BRANCHES = ['feature/retry-webhooks', 'fix/empty-payload', 'feature/settings-form'];
const COMMIT_MESSAGES = ['Retry webhook deliveries on 502', 'Handle empty payloads', 'Add tests for the branch filter', 'Update dependencies'];

/**
 * What a story has told so far: the one project and user (the sample context), the branches and their commits,
 * the pipeline of the last push and its jobs, the merge request, the tag. Every random choice comes from the
 * seed, so the same seed tells the same story whichever step is played.
 */
export class StoryState {
  readonly featureBranch: string;
  defaultHead: StoryCommit;
  /** Commits on the feature branch not yet merged, oldest first; the branch does not exist while null. */
  featureCommits: StoryCommit[] | null = null;
  /** The last push's ref and pipeline (null until a pipeline step runs for it). */
  lastPush: { ref: string; tag: boolean; before: string; commit: StoryCommit } | null = null;
  pipeline: StoryPipeline | null = null;
  /** The latest pipeline on the feature branch: the MR's head pipeline. */
  featurePipelineId: number | null = null;
  mergeRequest: StoryMergeRequest | null = null;
  tag: { name: string; commit: StoryCommit } | null = null;
  /** The one runner that picks up every job, as first generated. */
  runner: unknown = null;
  readonly deploymentId: number;
  readonly releaseId: number;

  constructor(
    readonly context: SampleContext,
    readonly random: Random,
    startAt: Date,
  ) {
    this.featureBranch = pick(random, FEATURE_BRANCHES);
    this.defaultHead = { sha: this.sha(), at: new Date(startAt.getTime() - 3_600_000), message: 'Bump version to 1.4.1' };
    this.deploymentId = this.id();
    this.releaseId = this.id();
  }

  sha(): string {
    return randomHex(this.random, 40);
  }

  id(): number {
    return randomInt(this.random, 100_000, 999_999);
  }

  int(min: number, max: number): number {
    return randomInt(this.random, min, max);
  }

  /** `count` new commits, a minute apart, the newest made at `at`. */
  commits(count: number, at: Date): StoryCommit[] {
    return Array.from({ length: count }, (_, index) => ({
      sha: this.sha(),
      at: new Date(at.getTime() - (count - 1 - index) * 60_000),
      message: pick(this.random, COMMIT_MESSAGES),
    }));
  }

  /** The sample builders' view of the story at one moment; its random stream is the story's. */
  scope(at: Date): SampleScope {
    return new SampleScope(this.context, this.random, at);
  }
}
