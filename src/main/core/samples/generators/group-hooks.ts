import { projectNames } from '../builders/project';
import type { SampleScope } from '../scope';
import { gitlabTime } from '../time';

/** Group hooks carry no `object_kind`; `event_name` says what happened. */

const MEMBER_EVENTS: Readonly<Record<string, string>> = {
  add: 'user_add_to_group',
  update: 'user_update_for_group',
  remove: 'user_remove_from_group',
  'access-request': 'user_access_request_to_group',
  'access-denied': 'user_access_request_denied_for_group',
};

export function groupOfProject(scope: SampleScope) {
  const path = scope.context.projectPath.split('/')[0];
  return { path, name: projectNames(scope).namespace };
}

export function groupTimes(scope: SampleScope) {
  return { created_at: gitlabTime(scope.minutesAgo(60 * 24, 60 * 24 * 30)), updated_at: gitlabTime(scope.minutesAgo(0, 1)) };
}

/** Member hooks: the context's user joins, changes role in or leaves the project's group. */
export function generateMember(scope: SampleScope, variantId: string) {
  const group = groupOfProject(scope);
  const { userId, userName, userUsername, userEmail } = scope.context;
  return {
    ...groupTimes(scope),
    group_name: group.name,
    group_path: group.path,
    group_id: scope.id(),
    user_username: userUsername,
    user_name: userName,
    user_email: userEmail,
    user_id: userId,
    group_access: variantId === 'update' ? 'Maintainer' : 'Developer',
    group_plan: null,
    expires_at: null,
    event_name: MEMBER_EVENTS[variantId] ?? MEMBER_EVENTS.add,
  };
}

/** Project hooks on a group: the context's project is created in or removed from it. */
export function generateProject(scope: SampleScope, variantId: string) {
  const { name, path } = projectNames(scope);
  const { userName, userEmail } = scope.context;
  return {
    event_name: variantId === 'destroy' ? 'project_destroy' : 'project_create',
    ...groupTimes(scope),
    name,
    path,
    path_with_namespace: scope.context.projectPath,
    project_id: scope.context.projectId,
    project_namespace_id: scope.id(),
    owners: [{ name: userName, email: userEmail }],
    project_visibility: 'private',
  };
}

/** Subgroup hooks: a `webhooks` subgroup appears in or leaves the project's group. */
export function generateSubgroup(scope: SampleScope, variantId: string) {
  const parent = groupOfProject(scope);
  return {
    ...groupTimes(scope),
    event_name: variantId === 'destroy' ? 'subgroup_destroy' : 'subgroup_create',
    name: 'Webhooks',
    path: 'webhooks',
    full_path: `${parent.path}/webhooks`,
    group_id: scope.id(),
    parent_group_id: scope.id(),
    parent_name: parent.name,
    parent_path: parent.path,
    parent_full_path: parent.path,
  };
}
