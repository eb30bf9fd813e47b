/**
 * Scenarios: an ordered chain of GitLab events telling one consistent story (one project and user, the same
 * SHAs, pipeline and job ids and MR iid from step to step, times that move forward), played at a receiver.
 */
import type { GitlabDeliveryVerdict } from './check-run';
import type { TransportErrorKind } from './delivery';

/** The events a story can tell, by catalogue id. */
export const SCENARIO_EVENTS = ['push', 'tag-push', 'pipeline', 'job', 'merge-request', 'deployment', 'release'] as const;
export type ScenarioEvent = (typeof SCENARIO_EVENTS)[number];

/** The jobs of a story's pipeline, stage by stage (build, test, deploy), as the pipeline samples have them. */
export const SCENARIO_JOBS = ['compile', 'unit-tests', 'staging'] as const;
export type ScenarioJob = (typeof SCENARIO_JOBS)[number];

/**
 * One step as a scenario file writes it. `variant` is the catalogue's (a pipeline's or job's status, an MR's
 * action); a push names its `branch` instead (the story knows whether the branch is new), a tag push names
 * nothing or its `tag`. `delaySeconds` is the time since the previous step, in the story and when played.
 */
export interface ScenarioStep {
  event: ScenarioEvent;
  variant?: string;
  /** A push: to the story's feature branch or to the project's default branch. */
  branch?: 'feature' | 'default';
  /** A push: how many new commits (1–20; a push to the default branch after a merge carries the merged ones). */
  commits?: number;
  /** A job step: which job. */
  job?: ScenarioJob;
  /** A job step: the job was retried, so it runs again under a new job id. */
  retry?: boolean;
  /** A tag push: the tag's name (a version from the seed when omitted). */
  tag?: string;
  delaySeconds?: number;
}

export interface Scenario {
  name: string;
  description: string;
  steps: ScenarioStep[];
}

export interface ScenarioEntry {
  /** What playScenario takes: a built-in's name, or a file's name in the samples folder's `scenarios/`. */
  id: string;
  source: 'built-in' | 'file';
  name: string;
  description: string;
  /** Null when the file cannot be used (`problem` says why). */
  steps: ScenarioStep[] | null;
  problem: string | null;
}

export interface Scenarios {
  /** The `scenarios` folder inside the samples folder. */
  folder: string;
  entries: ScenarioEntry[];
}

/** One telling of a scenario: the same seed and start give the same payloads, step by step or all at once. */
export interface StoryRequest {
  scenario: string;
  /** Any whole number; a new one is drawn when omitted. */
  seed?: number;
  /** When the story's first step happens, epoch ms; by default, so that the played step happens now. */
  startAt?: number;
}

export interface StoryStepPreview {
  /** From 1. */
  step: number;
  /** In words: "Pipeline running", "Merge request approved". */
  title: string;
  /** The X-Gitlab-Event it is sent with. */
  header: string;
  /** When it happens in the story, epoch ms. */
  at: number;
  /** Pretty-printed JSON. */
  payload: string;
}

export interface StoryPreview {
  scenario: string;
  seed: number;
  startAt: number;
  steps: StoryStepPreview[];
}

export interface PlayScenarioRequest extends StoryRequest {
  /** The receiver; Hookbench's own when omitted. */
  to?: string | null;
  /** Only this step (from 1); every step in order when omitted. */
  step?: number;
  /** All at once: wait each step's delay first (the default), or send them back to back. */
  delays?: boolean;
  /** The receiver's tokens for this play; when absent, the secret store's receiver tokens are sent. */
  secretToken?: string | null;
  signingToken?: string | null;
  verifyTls?: boolean;
}

export interface PlayedStep {
  step: number;
  title: string;
  header: string;
  /** The delivery it stored (origin `sample`). */
  deliveryId: number;
  status: number | null;
  errorKind: TransportErrorKind | null;
  durationMs: number | null;
  /** GitLab's conclusion: 2xx/3xx within 10 s is a success. */
  gitlab: GitlabDeliveryVerdict;
  /** The answer as GitLab would see it, in words: "answered 500: GitLab counts a failure". */
  words: string;
}

export interface ScenarioPlay {
  scenario: string;
  to: string;
  seed: number;
  startAt: number;
  /** How many steps the scenario has (one step may have been played). */
  stepCount: number;
  steps: PlayedStep[];
}

const MERGE_REQUEST_WORDS: Readonly<Record<string, string>> = {
  open: 'opened', update: 'updated', approved: 'approved', merge: 'merged', close: 'closed',
};

/** A step in words, as the scenario's list of steps and the play's results name it. */
export function stepTitle(step: ScenarioStep): string {
  switch (step.event) {
    case 'push':
      return `Push to the ${step.branch === 'default' ? 'default' : 'feature'} branch`;
    case 'tag-push':
      return step.tag ? `Tag ${step.tag} pushed` : 'Tag pushed';
    case 'pipeline':
      return `Pipeline ${step.variant}`;
    case 'job':
      return `Job ${step.job} ${step.variant}${step.retry ? ' (retried)' : ''}`;
    case 'merge-request':
      return `Merge request ${MERGE_REQUEST_WORDS[step.variant ?? 'open']}`;
    case 'deployment':
      return `Deployment ${step.variant}`;
    case 'release':
      return 'Release created';
  }
}
