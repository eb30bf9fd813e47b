import { issueAttrs } from '../builders/issue';
import { projectAttrs } from '../builders/project';
import { userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';
import { gitlabTime } from '../time';

/** Emoji hooks (`Gitlab::DataBuilder::Emoji`): a 👍 on an issue, which comes along under `issue`. */
export function generateEmoji(scope: SampleScope, variantId: string) {
  const action = variantId === 'revoke' ? 'revoke' : 'award';
  const issue = issueAttrs(scope, { state: 'opened' });
  const awardedAt = gitlabTime(scope.minutesAgo(0, 1));
  return {
    object_kind: 'emoji',
    event_type: action,
    user: userAttrs(scope),
    project_id: scope.context.projectId,
    project: projectAttrs(scope),
    object_attributes: {
      id: scope.id(),
      name: 'thumbsup',
      user_id: scope.context.userId,
      created_at: awardedAt,
      updated_at: awardedAt,
      awardable_type: 'Issue',
      awardable_id: issue.id,
      action,
      awarded_on_url: issue.url,
    },
    issue,
  };
}
