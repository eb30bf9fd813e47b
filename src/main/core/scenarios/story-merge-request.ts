/** Merge request steps: one MR of the feature branch, from opened to merged, with the same id, iid and title throughout. */
import type { ScenarioStep } from '@shared/scenario';
import { UserError } from '@shared/user-error';
import { commitAttrs } from '../samples/builders/commit';
import { gitlabTime } from '../samples/time';
import type { StoryMergeRequest, StoryState } from './story-state';

type Payload = Record<string, unknown>;

/** What GitLab keeps of an MR from one hook to the next (the rest follows the story or the step's action). */
const KEPT_FIELDS = ['id', 'iid', 'url', 'title', 'description', 'draft', 'work_in_progress', 'created_at', 'prepared_at', 'head_pipeline_id'];

function opened(attributes: Payload, labels: unknown, head: string): StoryMergeRequest {
  const kept = Object.fromEntries(KEPT_FIELDS.map((field) => [field, attributes[field]]));
  return { kept, labels, seenHead: head, closed: false, mergeCommit: null, updatedAt: null };
}

function mergeRequestOf(story: StoryState, step: ScenarioStep, attributes: Payload, labels: unknown, head: string): StoryMergeRequest {
  const existing = story.mergeRequest;
  if (!existing) {
    if (step.variant !== 'open') throw new UserError('a merge request is opened ("variant": "open") before anything else happens to it.');
    return opened(attributes, labels, head);
  }
  if (existing.closed) throw new UserError('the merge request was already merged or closed.');
  if (step.variant === 'open') throw new UserError('the merge request is already open.');
  if (step.variant === 'update' && existing.seenHead === head) {
    throw new UserError('a merge request update needs a push to the feature branch since its previous step.');
  }
  return existing;
}

export function tellMergeRequest(story: StoryState, step: ScenarioStep, payload: Payload, at: Date): void {
  const commits = story.featureCommits;
  if (!commits) throw new UserError('a merge request needs a push to the feature branch before it (and none once it is merged).');
  const head = commits[commits.length - 1];
  const attributes = payload.object_attributes as Payload;
  const mr = mergeRequestOf(story, step, attributes, payload.labels, head.sha);
  const { featureBranch, context } = story;
  if (step.variant === 'merge') {
    mr.mergeCommit = { sha: story.sha(), at, message: `Merge branch '${featureBranch}' into '${context.defaultBranch}'\n\n${String(mr.kept.title)}` };
  }
  const updatedAt = gitlabTime(at);
  payload.object_attributes = {
    ...attributes,
    ...mr.kept,
    source_branch: featureBranch,
    head_pipeline_id: story.featurePipelineId ?? mr.kept.head_pipeline_id,
    updated_at: updatedAt,
    merge_commit_sha: mr.mergeCommit?.sha ?? null,
    last_commit: commitAttrs(story.scope(at), head),
    labels: mr.labels,
    ...(step.variant === 'update' ? { oldrev: mr.seenHead } : {}),
  };
  payload.labels = mr.labels;
  const changes = payload.changes as Payload;
  if (changes.labels) changes.labels = { previous: [], current: mr.labels };
  if (changes.updated_at) changes.updated_at = { previous: mr.updatedAt ?? mr.kept.created_at, current: updatedAt };
  mr.seenHead = head.sha;
  mr.updatedAt = updatedAt;
  mr.closed = step.variant === 'merge' || step.variant === 'close';
  story.mergeRequest = mr;
}
