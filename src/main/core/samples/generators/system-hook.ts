import { projectAttrs } from '../builders/project';
import { pushUserFields } from '../builders/user';
import type { SampleScope } from '../scope';
import { generateMergeRequest } from './merge-request';
import { generatePush, generateTagPush } from './push';

/** `repository_update` (`Gitlab::DataBuilder::Repository`): one per push, listing every changed ref. */
function repositoryUpdate(scope: SampleScope) {
  const ref = `refs/heads/${scope.context.defaultBranch}`;
  // This one builder names the user without a username.
  const { user_username: _notSent, ...user } = pushUserFields(scope);
  return {
    event_name: 'repository_update',
    ...user,
    project_id: scope.context.projectId,
    project: projectAttrs(scope),
    changes: [{ before: scope.sha(), after: scope.sha(), ref }],
    refs: [ref],
  };
}

/** Instance-wide system hooks: pushes, tag pushes and MRs come as their project hooks do, under `System Hook`. */
export function generateSystemHook(scope: SampleScope, variantId: string) {
  switch (variantId) {
    case 'tag-push':
      return generateTagPush(scope, 'create');
    case 'merge-request':
      return generateMergeRequest(scope, 'open');
    case 'repository-update':
      return repositoryUpdate(scope);
    default:
      return generatePush(scope, 'default');
  }
}
