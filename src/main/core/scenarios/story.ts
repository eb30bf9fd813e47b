import { stepTitle, type Scenario, type ScenarioEvent, type ScenarioStep } from '@shared/scenario';
import { defaultSampleContext, type SampleContext } from '@shared/sample-context';
import { UserError } from '@shared/user-error';
import { findGitlabEvent } from '@shared/gitlab-catalogue';
import { generateSample } from '../samples/generate-sample';
import { seededRandom } from '../samples/random';
import { tellDeployment, tellJob, tellPipeline } from './story-ci';
import { tellMergeRequest } from './story-merge-request';
import { pushVariant, tellPush, tellRelease, tellTagPush } from './story-repository';
import { StoryState } from './story-state';

/** A step's delay when its file gives none. */
export const DEFAULT_DELAY_SECONDS = 2;

export interface ToldStep {
  step: number;
  title: string;
  /** The X-Gitlab-Event it goes with. */
  header: string;
  /** The moment it tells of, epoch ms (whole seconds). */
  at: number;
  /** Seconds since the previous step. */
  delaySeconds: number;
  payload: Record<string, unknown>;
}

type Teller = (story: StoryState, step: ScenarioStep, payload: Record<string, unknown>, at: Date) => void;

const TELLERS: Readonly<Record<ScenarioEvent, Teller>> = {
  push: tellPush,
  'tag-push': tellTagPush,
  pipeline: tellPipeline,
  job: tellJob,
  'merge-request': tellMergeRequest,
  deployment: tellDeployment,
  release: tellRelease,
};

const delayOf = (step: ScenarioStep) => step.delaySeconds ?? DEFAULT_DELAY_SECONDS;

/** When step `index` (from 0) happens after the first one, in seconds. */
export function offsetSeconds(scenario: Scenario, index: number): number {
  return scenario.steps.slice(1, index + 1).reduce((total, step) => total + delayOf(step), 0);
}

/**
 * Every step's payload, in order: each one generated as a sample of its event at the step's moment, then
 * given the story's project, SHAs, ids and times so far. The same seed and start tell the same story.
 */
export function tellStory(scenario: Scenario, seed: number, startAt: number, context: SampleContext = defaultSampleContext): ToldStep[] {
  const start = Math.floor(startAt / 1000) * 1000;
  const story = new StoryState(context, seededRandom(seed), new Date(start));
  return scenario.steps.map((step, index) => {
    const at = new Date(start + offsetSeconds(scenario, index) * 1000);
    const title = stepTitle(step);
    const variant = step.event === 'push' ? pushVariant(story, step) : step.variant;
    // A random stream per step: what one step draws never shifts what the next one generates.
    const sample = generateSample(step.event, variant, context, seededRandom(seed + (index + 1) * 7919), at);
    try {
      TELLERS[step.event](story, step, sample.payload, at);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw new UserError(`Scenario "${scenario.name}", step ${index + 1} (${title}): ${error.message}`);
    }
    return { step: index + 1, title, header: findGitlabEvent(step.event)!.header, at: at.getTime(), delaySeconds: index === 0 ? 0 : delayOf(step), payload: sample.payload };
  });
}
