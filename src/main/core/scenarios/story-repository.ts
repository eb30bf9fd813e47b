/** Push, tag push and release steps: the story's commits, branches and tag written into the generated payloads. */
import type { ScenarioStep } from '@shared/scenario';
import { UserError } from '@shared/user-error';
import { commitAttrs, pushedCommitAttrs } from '../samples/builders/commit';
import { gitlabTime } from '../samples/time';
import { ZERO_SHA, type StoryCommit, type StoryState } from './story-state';

type Payload = Record<string, unknown>;

/** GitLab keeps only the newest 20 commits in a push hook; `total_commits_count` still says how many were pushed. */
const MAX_PUSHED_COMMITS = 20;

const last = <T>(items: readonly T[]): T => items[items.length - 1];

/** The variant a push is generated as: GitLab's new-branch push differs only in its `before`. */
export function pushVariant(story: StoryState, step: ScenarioStep): string {
  return step.branch === 'feature' && story.featureCommits === null ? 'new-branch' : 'default';
}

function pushedToDefault(story: StoryState, step: ScenarioStep, at: Date): { before: string; commits: StoryCommit[] } {
  const before = story.defaultHead.sha;
  // The push GitLab sends after a merge: the merged commits and the merge commit, onto the old head.
  const merged = story.mergeRequest?.mergeCommit && story.featureCommits ? [...story.featureCommits, story.mergeRequest.mergeCommit] : null;
  const commits = merged ?? story.commits(step.commits ?? 1, at);
  if (merged) story.featureCommits = null;
  story.defaultHead = last(commits);
  return { before, commits };
}

function pushedToFeature(story: StoryState, step: ScenarioStep, at: Date): { before: string; commits: StoryCommit[] } {
  const before = story.featureCommits ? last(story.featureCommits).sha : ZERO_SHA;
  const commits = story.commits(step.commits ?? 1, at);
  story.featureCommits = [...(story.featureCommits ?? []), ...commits];
  return { before, commits };
}

export function tellPush(story: StoryState, step: ScenarioStep, payload: Payload, at: Date): void {
  const toDefault = step.branch === 'default';
  const branch = toDefault ? story.context.defaultBranch : story.featureBranch;
  const { before, commits } = toDefault ? pushedToDefault(story, step, at) : pushedToFeature(story, step, at);
  const head = last(commits);
  const scope = story.scope(at);
  Object.assign(payload, {
    before,
    after: head.sha,
    ref: `refs/heads/${branch}`,
    ref_protected: toDefault,
    checkout_sha: head.sha,
    commits: commits.slice(-MAX_PUSHED_COMMITS).map((commit) => pushedCommitAttrs(scope, commit)),
    total_commits_count: commits.length,
  });
  story.lastPush = { ref: branch, tag: false, before, commit: head };
  story.pipeline = null;
}

export function tellTagPush(story: StoryState, step: ScenarioStep, payload: Payload): void {
  const name = step.tag ?? `v1.${story.int(0, 9)}.${story.int(0, 9)}`;
  const commit = story.defaultHead;
  Object.assign(payload, { before: ZERO_SHA, after: commit.sha, ref: `refs/tags/${name}`, checkout_sha: commit.sha, message: `Release ${name}` });
  story.tag = { name, commit };
  story.lastPush = { ref: name, tag: true, before: ZERO_SHA, commit };
  story.pipeline = null;
}

export function tellRelease(story: StoryState, _step: ScenarioStep, payload: Payload, at: Date): void {
  if (!story.tag) throw new UserError('a release needs a tag push before it.');
  const { name: tag, commit } = story.tag;
  const scope = story.scope(at);
  const archive = `${story.context.projectPath.split('/').pop()}-${tag}`;
  const assets = payload.assets as { sources: Array<{ format: string; url: string }> };
  Object.assign(payload, {
    id: story.releaseId,
    created_at: gitlabTime(at),
    released_at: gitlabTime(at),
    name: `${(payload.project as { name: string }).name} ${tag}`,
    tag,
    url: scope.projectUrl(`/-/releases/${tag}`),
    assets: { ...assets, sources: assets.sources.map(({ format }) => ({ format, url: scope.projectUrl(`/-/archive/${tag}/${archive}.${format}`) })) },
    commit: commitAttrs(scope, commit),
  });
}
