import { projectAttrs } from '../builders/project';
import type { SampleScope } from '../scope';
import { gitlabDate, gitlabTime } from '../time';

const ACTIONS = ['create', 'close', 'reopen'];

/** Milestone hooks (GitLab 18.2+, `Gitlab::DataBuilder::Milestone`), for a project milestone. */
export function generateMilestone(scope: SampleScope, variantId: string) {
  const action = ACTIONS.includes(variantId) ? variantId : 'create';
  const createdAt = action === 'create' ? scope.minutesAgo(0, 1) : scope.minutesAgo(60 * 24 * 7, 60 * 24 * 30);
  return {
    object_kind: 'milestone',
    event_type: 'milestone',
    project: projectAttrs(scope),
    object_attributes: {
      id: scope.id(),
      iid: scope.iid(),
      title: 'Release 2.0',
      description: 'Webhook retries and the new settings page',
      state: action === 'close' ? 'closed' : 'active',
      created_at: gitlabTime(createdAt),
      updated_at: gitlabTime(scope.minutesAgo(0, 1)),
      due_date: gitlabDate(scope.daysFromNow(30)),
      start_date: gitlabDate(createdAt),
      group_id: null,
      project_id: scope.context.projectId,
    },
    action,
  };
}
