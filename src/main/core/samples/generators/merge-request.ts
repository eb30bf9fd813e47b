import { mergeRequestAttrs, type MergeRequestShape } from '../builders/merge-request';
import { issuableRepositoryAttrs, projectAttrs } from '../builders/project';
import { userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';

type VariantShape = Omit<MergeRequestShape, 'lastCommitSha'> & { action: string };

const SHAPES: Readonly<Record<string, VariantShape>> = {
  open: { action: 'open', state: 'opened', mergeStatus: 'unchecked', detailedMergeStatus: 'checking' },
  update: { action: 'update', state: 'opened', mergeStatus: 'can_be_merged', detailedMergeStatus: 'mergeable' },
  approved: { action: 'approved', state: 'opened', mergeStatus: 'can_be_merged', detailedMergeStatus: 'mergeable' },
  merge: { action: 'merge', state: 'merged', mergeStatus: 'can_be_merged', detailedMergeStatus: 'mergeable' },
  close: { action: 'close', state: 'closed', mergeStatus: 'can_be_merged', detailedMergeStatus: 'not_open' },
};

/** Merge request hooks, and the system hook for merge requests, which GitLab builds the same way. */
function changesOf(variantId: string, mergeRequest: ReturnType<typeof mergeRequestAttrs>) {
  switch (variantId) {
    case 'open':
      return { labels: { previous: [], current: mergeRequest.labels } };
    case 'update':
      return { updated_at: { previous: mergeRequest.created_at, current: mergeRequest.updated_at } };
    case 'merge':
    case 'close':
      return { state_id: { previous: 1, current: mergeRequest.state_id } };
    default:
      // Approvals change no field of the MR itself.
      return {};
  }
}

/** Merge request hooks, and the system hook for merge requests, which GitLab builds the same way. */
export function generateMergeRequest(scope: SampleScope, variantId: string) {
  const { action, ...shape } = SHAPES[variantId] ?? SHAPES.open;
  const mergeRequest = mergeRequestAttrs(scope, { ...shape, lastCommitSha: scope.sha() });
  const user = userAttrs(scope);
  return {
    object_kind: 'merge_request',
    event_type: 'merge_request',
    user,
    project: projectAttrs(scope),
    // `oldrev` only when new commits were pushed to the source branch.
    object_attributes: { ...mergeRequest, action, ...(variantId === 'update' ? { oldrev: scope.sha() } : {}) },
    labels: mergeRequest.labels,
    changes: changesOf(variantId, mergeRequest),
    repository: issuableRepositoryAttrs(scope),
    assignees: [user],
    reviewers: [],
  };
}
