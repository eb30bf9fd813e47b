import { projectAttrs } from '../builders/project';
import { assigneeAttrs, pushUserFields } from '../builders/user';
import type { SampleScope } from '../scope';
import { generateMergeRequest } from './merge-request';
import { generatePush, generateTagPush } from './push';
import { systemEvent } from './system-events';

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

/** The system hooks page's merge request payload still shows the deprecated single assignee in object_attributes. */
function systemMergeRequest(scope: SampleScope) {
  const payload = generateMergeRequest(scope, 'open');
  return { ...payload, object_attributes: { ...payload.object_attributes, assignee: assigneeAttrs(scope) } };
}

/**
 * Instance-wide system hooks: pushes, tag pushes and MRs come as their project hooks do, under `System Hook`;
 * every other variant is one of the system hooks' own event_names (the variant id with `-` for `_`).
 */
export function generateSystemHook(scope: SampleScope, variantId: string) {
  switch (variantId) {
    case 'push':
      return generatePush(scope, 'default');
    case 'tag-push':
      return generateTagPush(scope, 'create');
    case 'merge-request':
      return systemMergeRequest(scope);
    case 'repository-update':
      return repositoryUpdate(scope);
    default: {
      const payload = systemEvent(scope, variantId.replaceAll('-', '_'));
      if (!payload) throw new Error(`The catalogue lists a system hook variant "${variantId}" that has no generator.`);
      return payload;
    }
  }
}
