import { pick } from '../random';
import type { SampleScope } from '../scope';
import { gitlabTime } from '../time';
import { commitAttrs } from './commit';
import { issuableTrackingAttrs } from './issuable';
import { labelAttrs } from './label';
import { projectAttrs } from './project';

const MR_TITLES = ['Retry webhook deliveries on 502', 'Draft: Move settings to their own page', 'Fix empty payload handling'];
const SOURCE_BRANCHES = ['feature/retry-webhooks', 'feature/settings-page', 'fix/empty-payload'];

export interface MergeRequestShape {
  state: 'opened' | 'closed' | 'merged';
  /** `merge_status`, and the newer `detailed_merge_status` beside it. */
  mergeStatus: 'can_be_merged' | 'cannot_be_merged' | 'unchecked';
  detailedMergeStatus: string;
  lastCommitSha: string;
}

/** `Gitlab::HookData::MergeRequestBuilder`: an MR's `object_attributes`, and the `merge_request` of comment hooks. */
export function mergeRequestAttrs(scope: SampleScope, shape: MergeRequestShape) {
  const iid = scope.iid();
  const { userId, projectId, defaultBranch } = scope.context;
  const project = projectAttrs(scope);
  const title = pick(scope.random, MR_TITLES);
  const updatedAt = scope.minutesAgo(0, 1);
  return {
    id: scope.id(),
    iid,
    title,
    description: 'Closes #12\n\nReceivers answering 502 while they restart now get the hook again.',
    state: shape.state,
    state_id: { opened: 1, closed: 2, merged: 3 }[shape.state],
    merge_status: shape.mergeStatus,
    detailed_merge_status: shape.detailedMergeStatus,
    draft: title.startsWith('Draft:'),
    work_in_progress: title.startsWith('Draft:'),
    source_branch: pick(scope.random, SOURCE_BRANCHES),
    target_branch: defaultBranch,
    source_project_id: projectId,
    target_project_id: projectId,
    author_id: userId,
    assignee_id: userId,
    assignee_ids: [userId],
    reviewer_ids: [],
    updated_by_id: userId,
    merge_user_id: shape.state === 'merged' ? userId : null,
    merge_commit_sha: shape.state === 'merged' ? scope.sha() : null,
    merge_when_pipeline_succeeds: false,
    milestone_id: null,
    head_pipeline_id: scope.id(),
    blocking_discussions_resolved: true,
    first_contribution: false,
    created_at: gitlabTime(scope.minutesAgo(60 * 24, 60 * 24 * 7)),
    updated_at: gitlabTime(updatedAt),
    // When the MR became ready for its hooks to fire (diffs and pipelines prepared).
    prepared_at: gitlabTime(scope.minutesAgo(60 * 24, 60 * 24 * 7)),
    ...issuableTrackingAttrs(),
    url: scope.projectUrl(`/-/merge_requests/${iid}`),
    source: project,
    target: project,
    last_commit: commitAttrs(scope, { sha: shape.lastCommitSha, at: scope.minutesAgo(2, 30) }),
    labels: labelAttrs(scope, 1),
  };
}
