import { projectNames } from '../builders/project';
import type { SampleScope } from '../scope';
import { groupOfProject, groupTimes } from './group-hooks';

/**
 * The instance events only system hooks send, each named by `event_name` (no `object_kind`), with the keys
 * doc/administration/system_hooks.md shows for it (gitlab-org/gitlab 017a6c129d6a9e4ad9fec792cd84f88641d7dbfe),
 * about the context's project, group and user.
 */

/** A made-up but well-formed public key: system hooks carry the whole key text. */
const SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHookbenchSampleKeyForSystemHooksOnly0000000 hookbench@example.com';

function projectEvent(scope: SampleScope, eventName: string) {
  const { name, path } = projectNames(scope);
  const { userName, userEmail, projectPath, projectId } = scope.context;
  const renamed = eventName === 'project_rename' || eventName === 'project_transfer';
  const namespace = projectPath.slice(0, projectPath.lastIndexOf('/'));
  return {
    ...groupTimes(scope),
    event_name: eventName,
    name,
    owner_email: userEmail,
    owner_name: userName,
    owners: [{ name: userName, email: userEmail }],
    path,
    path_with_namespace: projectPath,
    project_id: projectId,
    project_namespace_id: scope.id(),
    project_visibility: 'private',
    ...(renamed && {
      old_path_with_namespace: eventName === 'project_rename' ? `${namespace}/old-${path}` : `old-group/${path}`,
    }),
  };
}

/** Membership of the context's project ("team") or its group, and access requests to either. */
function memberEvent(scope: SampleScope, eventName: string) {
  const { userId, userName, userUsername, userEmail, projectId, projectPath } = scope.context;
  const user = { user_email: userEmail, user_name: userName, user_username: userUsername, user_id: userId };
  if (/_group$/.test(eventName)) {
    const group = groupOfProject(scope);
    return {
      ...groupTimes(scope), event_name: eventName, group_access: 'Developer', group_id: scope.id(), group_name: group.name,
      group_path: group.path, ...user,
    };
  }
  const { name, path } = projectNames(scope);
  return {
    ...groupTimes(scope), event_name: eventName, access_level: 'Developer', project_id: projectId, project_name: name,
    project_path: path, project_path_with_namespace: projectPath, ...user, project_visibility: 'private',
  };
}

function userEvent(scope: SampleScope, eventName: string) {
  const { userId, userName, userUsername, userEmail } = scope.context;
  return {
    event_name: eventName,
    ...groupTimes(scope),
    name: userName,
    email: userEmail,
    user_id: userId,
    username: userUsername,
    ...(eventName === 'user_failed_login' && { state: 'blocked' }),
    ...(eventName === 'user_rename' && { old_username: `${userUsername}-old` }),
  };
}

function keyEvent(scope: SampleScope, eventName: string) {
  return { event_name: eventName, ...groupTimes(scope), username: scope.context.userUsername, key: SSH_KEY, id: scope.id() };
}

function groupEvent(scope: SampleScope, eventName: string) {
  const group = groupOfProject(scope);
  return {
    ...groupTimes(scope),
    event_name: eventName,
    name: group.name,
    path: group.path,
    group_id: scope.id(),
    ...(eventName === 'group_rename' && { full_path: group.path, old_path: `old-${group.path}`, old_full_path: `old-${group.path}` }),
  };
}

/** The payload for one of the system hooks' own event_names, or null for one it does not know. */
export function systemEvent(scope: SampleScope, eventName: string): Record<string, unknown> | null {
  if (/^project_(create|destroy|rename|transfer|update)$/.test(eventName)) return projectEvent(scope, eventName);
  if (/^user_(add_to|remove_from|update_for)_(team|group)$|^user_access_request_(to|revoked_for)_(project|group)$/.test(eventName)) {
    return memberEvent(scope, eventName);
  }
  if (/^user_(create|destroy|failed_login|rename)$/.test(eventName)) return userEvent(scope, eventName);
  if (/^key_(create|destroy)$/.test(eventName)) return keyEvent(scope, eventName);
  if (/^group_(create|destroy|rename)$/.test(eventName)) return groupEvent(scope, eventName);
  return null;
}
