import { pick } from '../random';
import type { SampleScope } from '../scope';
import { isoTime } from '../time';
import { issuableTrackingAttrs } from './issuable';
import { labelAttrs } from './label';

const ISSUE_TITLES = [
  'Webhook deliveries time out after 10 seconds',
  'Pipeline badge shows the wrong branch',
  'Settings page forgets the secret token',
];

export interface IssueShape {
  state: 'opened' | 'closed';
  /** `Issue` for issues, `Task`, `Incident`… for other work items. */
  type?: string;
  confidential?: boolean;
}

/** `Gitlab::HookData::IssueBuilder`: an issue's `object_attributes`, and the `issue` of comment and emoji hooks. */
export function issueAttrs(scope: SampleScope, shape: IssueShape) {
  const iid = scope.iid();
  const createdAt = scope.minutesAgo(60 * 24, 60 * 24 * 14);
  const updatedAt = scope.minutesAgo(0, 1);
  const { userId } = scope.context;
  const type = shape.type ?? 'Issue';
  return {
    id: scope.id(),
    iid,
    title: pick(scope.random, ISSUE_TITLES),
    description: 'Steps to reproduce:\n\n1. Send a push hook\n2. Watch the receiver log',
    state: shape.state,
    state_id: shape.state === 'opened' ? 1 : 2,
    type,
    confidential: shape.confidential ?? false,
    author_id: userId,
    assignee_id: userId,
    assignee_ids: [userId],
    updated_by_id: userId,
    project_id: scope.context.projectId,
    milestone_id: null,
    due_date: null,
    discussion_locked: null,
    moved_to_id: null,
    duplicated_to_id: null,
    relative_position: scope.int(0, 20_000),
    ...issuableTrackingAttrs(),
    weight: null,
    health_status: null,
    severity: 'unknown',
    created_at: isoTime(createdAt),
    updated_at: isoTime(updatedAt),
    closed_at: shape.state === 'closed' ? isoTime(updatedAt) : null,
    labels: labelAttrs(scope, 2),
    url: scope.projectUrl(`/-/${type === 'Issue' ? 'issues' : 'work_items'}/${iid}`),
  };
}
