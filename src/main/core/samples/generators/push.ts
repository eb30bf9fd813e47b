import { commitSeeds, pushedCommitAttrs, type CommitSeed } from '../builders/commit';
import { projectAttrs, repositoryAttrs } from '../builders/project';
import { pushUserFields } from '../builders/user';
import { pick } from '../random';
import type { SampleScope } from '../scope';

/** What `before` holds for a new ref and `after` for a deleted one. */
const ZERO_SHA = '0'.repeat(40);
/** GitLab keeps only the newest 20 commits in a push hook; `total_commits_count` still says how many were pushed. */
const MAX_PUSHED_COMMITS = 20;
/** The "more than 20 commits" variant pushes at least this many. */
const MANY_COMMITS = 25;

const FEATURE_BRANCHES = ['feature/retry-webhooks', 'fix/empty-payload', 'feature/settings-form', 'chore/bump-deps'];

interface PushShape {
  kind: 'push' | 'tag_push';
  ref: string;
  before: string;
  after: string;
  /** Every pushed commit, oldest first. */
  commits: CommitSeed[];
  message: string | null;
}

/** `Gitlab::DataBuilder::Push.build`, key for key. */
function pushPayload(scope: SampleScope, shape: PushShape) {
  const deleted = shape.after === ZERO_SHA;
  return {
    object_kind: shape.kind,
    event_name: shape.kind,
    before: shape.before,
    after: shape.after,
    ref: shape.ref,
    ref_protected: shape.ref === `refs/heads/${scope.context.defaultBranch}`,
    checkout_sha: deleted ? null : shape.after,
    message: shape.message,
    ...pushUserFields(scope),
    project_id: scope.context.projectId,
    project: projectAttrs(scope),
    commits: shape.commits.slice(-MAX_PUSHED_COMMITS).map((seed) => pushedCommitAttrs(scope, seed)),
    total_commits_count: shape.commits.length,
    push_options: {},
    repository: repositoryAttrs(scope),
  };
}

function branchPush(scope: SampleScope, ref: string, before: string, commitCount: number) {
  const commits = commitSeeds(scope, commitCount);
  return pushPayload(scope, { kind: 'push', ref, before, after: commits[commits.length - 1].sha, commits, message: null });
}

export function generatePush(scope: SampleScope, variantId: string) {
  const { defaultBranch, commitCount } = scope.context;
  const featureRef = `refs/heads/${pick(scope.random, FEATURE_BRANCHES)}`;
  switch (variantId) {
    case 'new-branch':
      return branchPush(scope, featureRef, ZERO_SHA, commitCount);
    case 'delete-branch':
      return pushPayload(scope, { kind: 'push', ref: featureRef, before: scope.sha(), after: ZERO_SHA, commits: [], message: null });
    case 'many-commits':
      return branchPush(scope, `refs/heads/${defaultBranch}`, scope.sha(), Math.max(commitCount, MANY_COMMITS));
    default:
      return branchPush(scope, `refs/heads/${defaultBranch}`, scope.sha(), commitCount);
  }
}

export function generateTagPush(scope: SampleScope, variantId: string) {
  const version = `v${scope.int(1, 3)}.${scope.int(0, 9)}.${scope.int(0, 9)}`;
  const ref = `refs/tags/${version}`;
  // Tag hooks list no commits: the tag points at one that was pushed before.
  return variantId === 'delete'
    ? pushPayload(scope, { kind: 'tag_push', ref, before: scope.sha(), after: ZERO_SHA, commits: [], message: null })
    : pushPayload(scope, { kind: 'tag_push', ref, before: ZERO_SHA, after: scope.sha(), commits: [], message: `Release ${version}` });
}
