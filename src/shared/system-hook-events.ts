import type { GitlabEventVariant } from './gitlab-catalogue';

/**
 * The events only system hooks send, by `event_name`, in the order doc/administration/system_hooks.md lists
 * them (gitlab-org/gitlab 017a6c129d6a9e4ad9fec792cd84f88641d7dbfe). A variant's id is its event_name with `-`
 * for `_`; none has an object_kind, so the Jenkins plugin ignores them all.
 */
const SYSTEM_EVENT_LABELS: ReadonlyArray<readonly [eventName: string, label: string]> = [
  ['project_create', 'Project created'],
  ['project_destroy', 'Project destroyed'],
  ['project_rename', 'Project renamed'],
  ['project_transfer', 'Project transferred'],
  ['project_update', 'Project updated'],
  ['user_access_request_revoked_for_group', 'Group access request removed'],
  ['user_access_request_revoked_for_project', 'Project access request removed'],
  ['user_access_request_to_group', 'Group access requested'],
  ['user_access_request_to_project', 'Project access requested'],
  ['user_add_to_team', 'Project member added'],
  ['user_remove_from_team', 'Project member removed'],
  ['user_update_for_team', 'Project member updated'],
  ['user_create', 'User created'],
  ['user_destroy', 'User removed'],
  ['user_failed_login', 'Blocked user failed to sign in'],
  ['user_rename', 'User renamed'],
  ['key_create', 'SSH key added'],
  ['key_destroy', 'SSH key removed'],
  ['group_create', 'Group created'],
  ['group_destroy', 'Group removed'],
  ['group_rename', 'Group renamed'],
  ['user_add_to_group', 'Group member added'],
  ['user_remove_from_group', 'Group member removed'],
  ['user_update_for_group', 'Group member updated'],
];

export const SYSTEM_EVENT_VARIANTS: readonly GitlabEventVariant[] = SYSTEM_EVENT_LABELS.map(([eventName, label]) => ({
  id: eventName.replaceAll('_', '-'),
  label,
  objectKind: null,
  jenkinsPluginAccepts: false,
}));
